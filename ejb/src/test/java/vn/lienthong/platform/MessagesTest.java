package vn.lienthong.platform;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
