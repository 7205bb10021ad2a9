package vn.lienthong.signing;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.Messages;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SignatureMessagesTest {

    @Test
    void everyVerdictAndReasonIsExplainedInBothLanguages() {
        for (Locale locale : new Locale[]{Messages.VIETNAMESE, Locale.ENGLISH}) {
            for (Verdict verdict : Verdict.values()) {
                assertNotEquals(verdict.messageKey(), Messages.format(locale, verdict.messageKey()));
            }
            for (Reason reason : Reason.values()) {
                assertNotEquals(reason.messageKey(), Messages.format(locale, reason.messageKey()));
            }
        }
    }

    @Test
    void clerkReadsWhyInVietnamese() {
        assertEquals("Nội dung đã bị thay đổi sau khi ký.", Messages.format(null, Reason.TAMPERED.messageKey()));
    }
}
