package vn.lienthong.directory;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidInputException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {

    @Test
    void hashIsSaltedIteratedBcryptInModularCryptForm() {
        String first = Passwords.hash("LienThong@2026".toCharArray());
        String second = Passwords.hash("LienThong@2026".toCharArray());
        assertTrue(first.matches("\\$2a\\$10\\$[./A-Za-z0-9]{53}"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertFalse(first.contains("LienThong"));
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = Passwords.hash("mật-khẩu-đúng".toCharArray());
        assertTrue(Passwords.matches("mật-khẩu-đúng".toCharArray(), hash));
        assertFalse(Passwords.matches("mật-khẩu-sai".toCharArray(), hash));
        assertFalse(Passwords.matches("anything".toCharArray(), "not a hash"));
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThrows(InvalidInputException.class, () -> Passwords.hash("short".toCharArray()));
    }
}
