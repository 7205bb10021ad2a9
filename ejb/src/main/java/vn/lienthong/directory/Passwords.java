package vn.lienthong.directory;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;
import vn.lienthong.platform.InvalidInputException;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Hashes passwords with bcrypt through Elytron's own password API, in the modular-crypt form ({@code $2a$…})
 * that the server's jdbc-realm {@code modular-crypt-mapper} reads back. The provider is used directly and never
 * registered globally, so redeploys leave the JVM's provider list alone.
 */
public final class Passwords {

    /** bcrypt cost 10: about 70 ms per check on this hardware, slow for guessing, fine for a login. */
    static final int COST = 10;
    static final int MIN_LENGTH = 8;

    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String hash(char[] clear) {
        if (clear == null || clear.length < MIN_LENGTH) {
            throw new InvalidInputException("account.password.tooShort", MIN_LENGTH);
        }
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password hashed = factory.generatePassword(
                    new EncryptablePasswordSpec(clear, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is unavailable", e);
        }
    }

    public static boolean matches(char[] clear, String modularCrypt) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(modularCrypt));
            return factory.verify(stored, clear);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
