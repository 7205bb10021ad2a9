package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.signing.Reason;
import vn.lienthong.signing.Verdict;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verdict found on arrival decides whether and how a clerk may accept an incoming document (decision 051). */
class SignatureGateTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final AgencyCode QUAN1 = AgencyCode.parse("000.00.31.H29");
    private static final RegisterKey KEY = new RegisterKey(QUAN1, RegisterKind.INCOMING, RegisterSeries.NORMAL, 2026);

    private static IncomingDocument arrived() {
        Delivery delivery = new Delivery(1L, AgencyCode.parse("000.00.11.H29"), QUAN1, NOW);
        delivery.arrive(NOW);
        return new IncomingDocument(delivery, NOW);
    }

    @Test
    void anInvalidSignatureIsNeverAcceptedWhateverTheClerkDecides() {
        IncomingDocument incoming = arrived();
        incoming.signaturesChecked(Verdict.INVALID, Reason.TAMPERED);
        assertThrows(DocumentStateException.class, () -> incoming.accept(KEY, 1, "vanthu.quan1", NOW));
        assertThrows(DocumentStateException.class, () -> incoming.accept(KEY, 1, "vanthu.quan1", NOW, "vẫn nhận"));
        assertTrue(incoming.arrivalNumber().isEmpty());
        incoming.returnToSender("Chữ ký số không hợp lệ", NOW);
        assertEquals(DeliveryStatus.RETURNED, incoming.delivery().status().orElseThrow());
    }

    @Test
    void anIndeterminateSignatureNeedsTheClerksDecisionWithAReason() {
        IncomingDocument incoming = arrived();
        incoming.signaturesChecked(Verdict.INDETERMINATE, Reason.NO_SIGNATURE);
        assertThrows(DocumentStateException.class, () -> incoming.accept(KEY, 1, "vanthu.quan1", NOW));
        assertThrows(InvalidInputException.class, () -> incoming.accept(KEY, 1, "vanthu.quan1", NOW, "  "));
        incoming.accept(KEY, 1, "vanthu.quan1", NOW, " Đã xác nhận qua điện thoại ");
        assertEquals("Đã xác nhận qua điện thoại", incoming.signatureDecision().orElseThrow());
        assertEquals(1, incoming.arrivalNumber().orElseThrow());
    }

    @Test
    void aValidSignatureOrNothingToCheckIsAcceptedPlainly() {
        IncomingDocument valid = arrived();
        valid.signaturesChecked(Verdict.VALID, Reason.OK);
        valid.accept(KEY, 1, "vanthu.quan1", NOW);
        assertTrue(valid.signatureDecision().isEmpty());
        IncomingDocument unchecked = arrived();
        unchecked.accept(KEY, 2, "vanthu.quan1", NOW);
        assertEquals(DeliveryStatus.ACCEPTED, unchecked.delivery().status().orElseThrow());
    }
}
