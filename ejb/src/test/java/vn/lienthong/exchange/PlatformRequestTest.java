package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recall, update and replace for a recipient on the national platform, whose answers arrive as edXML statuses. */
class PlatformRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

    private static Delivery exported() {
        Delivery delivery = Ids.withId(new Delivery(7, AgencyCode.parse("000.00.11.H29"), AgencyCode.parse("000.00.00.G22"), NOW), 21);
        delivery.exported(NOW);
        return delivery;
    }

    @Test
    void aPackageThePlatformHasNotAnsweredYetMayStillBeRecalled() {
        Delivery delivery = exported();
        assertTrue(delivery.onNationalPlatform());
        assertEquals("delivery.notArrived", assertThrows(DocumentStateException.class,
                () -> delivery.moveTo(DeliveryStatus.ACCEPTED, NOW)).messageKey(), "only the platform reports handling");
        delivery.moveTo(DeliveryStatus.RECALL_REQUESTED, NOW);
        delivery.moveTo(DeliveryStatus.RECALL_REFUSED, NOW);
        delivery.moveTo(DeliveryStatus.RECALL_REQUESTED, NOW);
        delivery.moveTo(DeliveryStatus.RECALL_AGREED, NOW);
        assertTrue(delivery.status().orElseThrow().isFinal());
    }

    @Test
    void handlingReportedWhileARecallWaitsIsWhereTheRecipientGoesOnAfterARefusal() {
        Delivery delivery = exported();
        delivery.reportedByPlatform(DeliveryStatus.ACCEPTED, NOW);
        delivery.moveTo(DeliveryStatus.RECALL_REQUESTED, NOW);
        delivery.reportedByPlatform(DeliveryStatus.IN_PROGRESS, NOW);
        assertEquals(DeliveryStatus.RECALL_REQUESTED, delivery.status().orElseThrow(), "the request still waits");
        delivery.moveTo(DeliveryStatus.RECALL_REFUSED, NOW);
        delivery.moveTo(DeliveryStatus.DONE, NOW);
        assertEquals(DeliveryStatus.DONE, delivery.status().orElseThrow());
    }

    @Test
    void requestCodesAreNotHandlingStepsAndARecalledCopyTakesNoMoreStatuses() {
        Delivery delivery = exported();
        for (DeliveryStatus code : new DeliveryStatus[]{DeliveryStatus.RECALL_REQUESTED, DeliveryStatus.RECALL_AGREED,
                DeliveryStatus.RECALL_REFUSED}) {
            assertEquals("delivery.platform.requestStatus", assertThrows(InvalidInputException.class,
                    () -> delivery.reportedByPlatform(code, NOW)).messageKey());
        }
        delivery.moveTo(DeliveryStatus.RECALL_REQUESTED, NOW);
        delivery.moveTo(DeliveryStatus.RECALL_AGREED, NOW);
        assertEquals("delivery.platform.recalled", assertThrows(DocumentStateException.class,
                () -> delivery.reportedByPlatform(DeliveryStatus.IN_PROGRESS, NOW)).messageKey());
    }

    @Test
    void thePlatformsAnswerIsRecognisedWhenReplayedAndOnlyForRequestsThatWentThroughIt() {
        DeliveryRequest inside = Ids.withId(new DeliveryRequest(exported(), RequestKind.RECALL, "Sai số liệu", null, "vanthu.sotttt", NOW), 5);
        assertEquals("request.notOnPlatform", assertThrows(DocumentStateException.class,
                () -> inside.answerFromPlatform(true, null, "G22", NOW, "15 2026-11-29T12:00")).messageKey());

        DeliveryRequest request = new DeliveryRequest(exported(), RequestKind.UPDATE, "Bổ sung nơi nhận", null, "vanthu.sotttt", NOW);
        request.leftInOutbox("delivery-21-request-5.edxml");
        assertEquals("delivery-21-request-5.edxml", request.platformMessage().orElseThrow());
        request.answerFromPlatform(false, "Đã ban hành văn bản trả lời", "Nguyễn Thị Ngọc Trâm", NOW, "16 2026-11-29T12:00");
        assertEquals(RequestAnswer.REFUSED, request.answer());
        assertTrue(request.answeredBy("16 2026-11-29T12:00"));
        assertFalse(request.answeredBy("16 2026-11-29T12:01"), "another message is not a replay");
        assertEquals("request.alreadyAnswered", assertThrows(DocumentStateException.class,
                () -> request.answerFromPlatform(true, null, "G22", NOW, "15 2026-11-29T12:05")).messageKey());
    }
}
