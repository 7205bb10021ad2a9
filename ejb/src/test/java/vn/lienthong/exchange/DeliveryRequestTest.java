package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeliveryRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

    private static Delivery arrived() {
        Delivery delivery = Ids.withId(new Delivery(7, AgencyCode.parse("000.00.11.H29"), AgencyCode.parse("000.00.31.H29"), NOW), 11);
        delivery.arrive(NOW);
        return delivery;
    }

    @Test
    void aRequestIsAnsweredOnceAndARefusalSaysWhy() {
        DeliveryRequest recall = new DeliveryRequest(arrived(), RequestKind.RECALL, "Sai nơi nhận", null, "vanthu.sotttt", NOW);
        assertEquals(RequestAnswer.REQUESTED, recall.answer());
        assertEquals("request.refusalReason.required", assertThrows(InvalidInputException.class,
                () -> recall.answer(false, " ", "vanthu.quan1", NOW)).messageKey());
        recall.answer(false, "Văn bản đã được triển khai", "vanthu.quan1", NOW);
        assertEquals("16", recall.answer().code());
        assertThrows(DocumentStateException.class, () -> recall.answer(true, null, "vanthu.quan1", NOW));
        assertEquals("RECALL_REFUSED", recall.kind().step(recall.answer()));
    }

    @Test
    void onlyAReplacementNamesTheReplacingDocumentAndEveryRequestHasAReason() {
        assertEquals("request.replacement.required", assertThrows(InvalidInputException.class,
                () -> new DeliveryRequest(arrived(), RequestKind.REPLACE, "Thay thế", null, "x", NOW)).messageKey());
        assertEquals("request.replacement.unexpected", assertThrows(InvalidInputException.class,
                () -> new DeliveryRequest(arrived(), RequestKind.UPDATE, "Cập nhật", 9L, "x", NOW)).messageKey());
        assertEquals("request.reason.required", assertThrows(InvalidInputException.class,
                () -> new DeliveryRequest(arrived(), RequestKind.RECALL, "", null, "x", NOW)).messageKey());
        assertEquals(9L, new DeliveryRequest(arrived(), RequestKind.REPLACE, "Thay thế", 9L, "x", NOW).replacementId().orElseThrow());
    }

    @Test
    void anAgreedRecallIsFinalAndARefusedOneGoesOnFromWhereItWas() {
        Delivery agreed = arrived();
        agreed.moveTo(DeliveryStatus.RECALL_REQUESTED, NOW);
        agreed.moveTo(DeliveryStatus.RECALL_AGREED, NOW);
        assertThrows(IllegalStatusTransitionException.class, () -> agreed.moveTo(DeliveryStatus.ACCEPTED, NOW));

        Delivery refused = arrived();
        refused.moveTo(DeliveryStatus.RECALL_REQUESTED, NOW);
        refused.moveTo(DeliveryStatus.RECALL_REFUSED, NOW);
        refused.moveTo(DeliveryStatus.ACCEPTED, NOW);
        assertEquals(DeliveryStatus.ACCEPTED, refused.status().orElseThrow());
    }
}
