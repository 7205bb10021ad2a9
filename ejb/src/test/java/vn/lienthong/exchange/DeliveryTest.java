package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import vn.lienthong.directory.AgencyCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.exchange.DeliveryStatus.*;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private final Delivery delivery = arrived();

    private static Delivery arrived() {
        Delivery d = new Delivery(1L, AgencyCode.parse("000.00.11.H29"), AgencyCode.parse("000.00.00.H29"), NOW);
        d.arrive(NOW);
        return d;
    }

    @Test
    void aDocumentArrivesIsAcceptedAssignedHandledAndDone() {
        assertEquals(ARRIVED, delivery.status().orElseThrow());
        for (DeliveryStatus next : new DeliveryStatus[] {ACCEPTED, ASSIGNED, IN_PROGRESS, DONE}) {
            delivery.moveTo(next, NOW);
            assertEquals(next, delivery.status().orElseThrow());
        }
    }

    @Test
    void aSecondAcceptIsRefused() {
        delivery.moveTo(ACCEPTED, NOW);
        IllegalStatusTransitionException e =
                assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(ACCEPTED, NOW));
        assertEquals("delivery.status.repeated", e.messageKey());
        assertEquals(ACCEPTED, delivery.status().orElseThrow());
    }

    @Test
    void aReturnedDocumentGoesNoFurther() {
        delivery.moveTo(RETURNED, NOW);
        assertTrue(RETURNED.isFinal());
        IllegalStatusTransitionException e =
                assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(ACCEPTED, NOW));
        assertEquals("delivery.status.illegal", e.messageKey());
        assertEquals(RETURNED, e.from());
        assertEquals(ACCEPTED, e.to());
    }

    @Test
    void handlingCannotSkipAcceptance() {
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(IN_PROGRESS, NOW));
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(DONE, NOW));
        assertEquals(ARRIVED, delivery.status().orElseThrow());
    }

    @Test
    void anAgreedRecallEndsTheDelivery() {
        delivery.moveTo(ACCEPTED, NOW);
        delivery.moveTo(RECALL_REQUESTED, NOW);
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(ASSIGNED, NOW));
        delivery.moveTo(RECALL_AGREED, NOW);
        assertTrue(delivery.status().orElseThrow().isFinal());
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(RECALL_REQUESTED, NOW));
    }

    @Test
    void aRefusedRecallLetsHandlingGoOnFromWhereItWas() {
        delivery.moveTo(ACCEPTED, NOW);
        delivery.moveTo(ASSIGNED, NOW);
        delivery.moveTo(RECALL_REQUESTED, NOW);
        delivery.moveTo(RECALL_REFUSED, NOW);
        assertEquals(ASSIGNED, delivery.statusBeforeRecall());
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(ACCEPTED, NOW));
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(RECALL_REFUSED, NOW));
        delivery.moveTo(IN_PROGRESS, NOW);
        assertEquals(IN_PROGRESS, delivery.status().orElseThrow());
        assertEquals(null, delivery.statusBeforeRecall());
    }

    @Test
    void theSenderMayAskAgainAfterARefusedRecall() {
        delivery.moveTo(RECALL_REQUESTED, NOW);
        delivery.moveTo(RECALL_REFUSED, NOW);
        delivery.moveTo(RECALL_REQUESTED, NOW);
        delivery.moveTo(RECALL_AGREED, NOW);
        assertEquals(RECALL_AGREED, delivery.status().orElseThrow());
    }

    @Test
    void statusesCarryTheirEdxmlCodes() {
        assertEquals("05", IN_PROGRESS.code());
        assertEquals(RECALL_REFUSED, DeliveryStatus.fromCode("16"));
        assertEquals(ARRIVED, DeliveryStatus.fromCode(" 01 "));
        assertThrows(vn.lienthong.platform.InvalidInputException.class, () -> DeliveryStatus.fromCode("07"));
        assertFalse(DONE.isFinal());
    }

    @Test
    void aQueuedDeliveryHasNoStatusUntilItArrivesAndArrivesOnce() {
        Delivery queued = new Delivery(2L, AgencyCode.parse("000.00.11.H29"), AgencyCode.parse("000.00.31.H29"), NOW);
        assertEquals(DeliveryRouting.QUEUED, queued.routing());
        assertTrue(queued.status().isEmpty());
        assertThrows(DocumentStateException.class, () -> queued.moveTo(ACCEPTED, NOW));
        queued.arrive(NOW);
        assertEquals(ARRIVED, queued.status().orElseThrow());
        assertThrows(DocumentStateException.class, () -> queued.arrive(NOW), "a replayed message cannot deliver twice");
    }

    @Test
    void aFailedDeliveryCanBeSentAgain() {
        Delivery queued = new Delivery(3L, AgencyCode.parse("000.00.11.H29"), AgencyCode.parse("000.00.31.H29"), NOW);
        queued.fail("hết số lần thử", NOW);
        assertEquals(DeliveryRouting.FAILED, queued.routing());
        queued.requeue(NOW);
        assertEquals(DeliveryRouting.QUEUED, queued.routing());
        assertEquals(2, queued.attempts());
        assertThrows(DocumentStateException.class, () -> queued.requeue(NOW));
    }
}
