package vn.lienthong.exchange.internal;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileIntakeTest {

    @Test
    void namesLoseFoldersAndReservedCharactersButKeepVietnameseAndTheExtension() {
        assertEquals("Công văn 532.pdf", FileIntake.safeName("Công văn 532.pdf"));
        assertEquals("passwd", FileIntake.safeName("../../etc/passwd"));
        assertEquals("bao-cao.docx", FileIntake.safeName("C:\\Users\\vanthu\\bao-cao.docx"));
        assertEquals("a_b_.txt", FileIntake.safeName("a\"b\u0007.txt"));
        assertEquals("htaccess", FileIntake.safeName(".htaccess"));
        String longName = "x".repeat(300) + ".pdf";
        String kept = FileIntake.safeName(longName);
        assertEquals(255, kept.length());
        assertEquals(true, kept.endsWith(".pdf"));
        assertThrows(InvalidInputException.class, () -> FileIntake.safeName("  "));
        assertThrows(InvalidInputException.class, () -> FileIntake.safeName("dir/"));
        assertThrows(InvalidInputException.class, () -> FileIntake.safeName(null));
    }

    @Test
    void theSizeLimitIsFiftyMegabytesUnlessConfigured() {
        assertEquals(50L * 1024 * 1024, FileIntake.maxBytes());
    }

    @Test
    void payloadsAreAddressedByTheirSha256() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", PayloadStore.sha256(new byte[0]));
    }
}
