package vn.lienthong.platform;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    @Test
    void vietnameseIsTheDefaultAndKeepsItsDiacritics() {
        assertEquals("Không tìm thấy cơ quan có mã định danh 000.00.00.H99.",
                Messages.format(null, "agency.unknown", "000.00.00.H99"));
        assertEquals(Messages.format(Locale.FRENCH, "agency.unknown", "X"), Messages.format(Locale.ROOT, "agency.unknown", "X"));
    }

    @Test
    void englishIsTheSecondLanguage() {
        assertEquals("No agency has the code 000.00.00.H99.",
                Messages.format(Locale.UK, "agency.unknown", "000.00.00.H99"));
    }

    @Test
    void everyKeyHasBothLanguages() throws Exception {
        var vi = new java.util.Properties();
        var en = new java.util.Properties();
        try (var a = Messages.class.getResourceAsStream("messages.properties");
             var b = Messages.class.getResourceAsStream("messages_en.properties")) {
            vi.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(vi.keySet(), en.keySet());
    }

    /** An internal id is a name, not a quantity: "99.999" read like a thousands-grouped count. */
    @Test
    void internalIdsAreWrittenWithoutGrouping() {
        assertEquals("Không tìm thấy văn bản số hiệu nội bộ 99999.", Messages.format(null, "document.unknown", 99999L));
        assertEquals("No request 12345 was found.", Messages.format(Locale.UK, "request.unknown", 12345L));
        assertEquals("Không tìm thấy lần chuyển bản giấy số 10000.", Messages.format(null, "paperDispatch.unknown", 10000L));
    }

    /** Every message goes through MessageFormat, which drops a lone apostrophe: "signer's" must be written "signer''s". */
    @Test
    void apostrophesSurviveFormatting() throws Exception {
        var en = new java.util.Properties();
        try (var in = Messages.class.getResourceAsStream("messages_en.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : en.stringPropertyNames()) {
            String raw = en.getProperty(key);
            long expected = raw.replace("''", "'").chars().filter(c -> c == '\'').count();
            long shown = Messages.format(Locale.ENGLISH, key, 1, 2, 3, 4).chars().filter(c -> c == '\'').count();
            assertEquals(expected, shown, key);
        }
        assertEquals("The signer's certificate does not come from a trusted certification authority.",
                Messages.format(Locale.ENGLISH, "signature.reason.UNTRUSTED"));
    }

    /** A date in a message is written dd/MM/yyyy in both languages, as everywhere people read one, not ISO. */
    @Test
    void datesAreWrittenDayFirst() {
        assertEquals("Hộp thư a@tphcm.gov.vn không có vị trí công tác nào vào ngày 01/03/2026.",
                Messages.format(null, "adoption.official.notCurrent", "a@tphcm.gov.vn", java.time.LocalDate.of(2026, 3, 1)));
        assertTrue(Messages.format(Locale.ENGLISH, "adoption.official.notCurrent", "a@tphcm.gov.vn",
                java.time.LocalDate.of(2026, 3, 1)).contains("01/03/2026"));
    }
}
