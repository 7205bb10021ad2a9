package vn.lienthong.web.api.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.exchange.FileTooLargeException;
import vn.lienthong.platform.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileUploadsTest {

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        assertThrows(FileTooLargeException.class, () -> FileUploads.checkDeclaredLength("101", 100));
        FileUploads.checkDeclaredLength("100", 100);
        FileUploads.checkDeclaredLength(null, 100);
        assertThrows(InvalidInputException.class, () -> FileUploads.checkDeclaredLength("lots", 100));
    }

    @Test
    void aBodyIsReadOnlyUpToTheLimit() {
        byte[] hundred = new byte[100];
        assertArrayEquals(hundred, FileUploads.readBounded(new ByteArrayInputStream(hundred), 100));
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 1;
            }
        };
        assertThrows(FileTooLargeException.class, () -> FileUploads.readBounded(endless, 100_000));
        assertEquals(true, read[0] < 200_000, "stops right after the limit, read " + read[0]);
    }

    @Test
    void fileNamesInAHeaderArePercentEncodedUtf8() {
        assertEquals("Công văn.pdf", FileUploads.headerFileName("C%C3%B4ng%20v%C4%83n.pdf"));
        assertEquals("a+b.pdf", FileUploads.headerFileName("a+b.pdf"));
        assertThrows(InvalidInputException.class, () -> FileUploads.headerFileName(" "));
    }

    @Test
    void aRawUtf8NameInAHeaderKeepsItsVietnamese() {
        String asTheServerReadsIt = new String("báo cáo tờ trình.pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("báo cáo tờ trình.pdf", FileUploads.headerFileName(asTheServerReadsIt));
        assertEquals("Résumé.pdf", FileUploads.headerFileName("R\u00e9sum\u00e9.pdf"), "a Latin-1 name that is not UTF-8 stays");
    }
}
