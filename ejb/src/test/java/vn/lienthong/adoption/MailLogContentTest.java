package vn.lienthong.adoption;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MailLogContentTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../../shared"), "fixtures");

    @Test
    void realLogsPlainAndGzippedAreText() throws IOException {
        byte[] log = Files.readAllBytes(SHARED.resolve("maillog").resolve("mail.log"));

        assertEquals(Optional.empty(), MailLogContent.notText(new ByteArrayInputStream(log)));
        assertEquals(Optional.empty(), MailLogContent.notText(new ByteArrayInputStream(gzip(log))));
    }

    @Test
    void vietnameseTextAndAStrayControlByteStayALog() throws IOException {
        String line = "Nov 29 08:00:01 mail dovecot: imap-login: Login: user=<lanhdao.quan1@tphcm.gov.vn> Nguyễn Văn Ánh\n";
        byte[] text = (line.repeat(50) + "\u0007" + line).getBytes(StandardCharsets.UTF_8);

        assertEquals(Optional.empty(), MailLogContent.notText(new ByteArrayInputStream(text)));
    }

    @Test
    void aPdfIsRefusedAndNamed() throws IOException {
        byte[] pdf = Files.readAllBytes(SHARED.resolve("signatures").resolve("docs").resolve("congvan.pdf"));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> MailLogContent.requireText("congvan.pdf", new ByteArrayInputStream(pdf)));
        assertEquals("adoption.import.notText", refused.messageKey());
        assertArrayEquals(new Object[]{"congvan.pdf", "PDF"}, refused.arguments());
    }

    @Test
    void binaryWithoutAKnownMagicIsRefusedPlainOrGzipped() throws IOException {
        byte[] random = new byte[10_000];
        new java.util.Random(6).nextBytes(random);
        random[0] = 'x'; // no magic of any kind

        assertEquals(Optional.of("binary data"), MailLogContent.notText(new ByteArrayInputStream(random)));
        assertEquals(Optional.of("gzip (binary content)"),
                MailLogContent.notText(new ByteArrayInputStream(gzip(random))));
    }

    @Test
    void aZipOrOfficeFileIsRefused() {
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};

        assertThrows(InvalidInputException.class,
                () -> MailLogContent.requireText("bao-cao.docx", new ByteArrayInputStream(docx)));
    }

    @Test
    void readsNoMoreThanTheHead() throws IOException {
        byte[] big = "Nov 29 08:00:01 mail postfix/qmgr[1]: ABC: removed\n".repeat(10_000)
                .getBytes(StandardCharsets.US_ASCII);
        InputStream in = new ByteArrayInputStream(big);

        assertDoesNotThrow(() -> MailLogContent.requireText("mail.log", in));
        assertEquals(big.length - MailLogContent.HEAD_BYTES, in.available());
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
