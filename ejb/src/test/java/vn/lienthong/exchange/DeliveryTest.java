package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.exchange.DeliveryStatus.*;

class DeliveryTest {

    private final Delivery delivery = new Delivery(AgencyCode.parse("000.00.00.H29"));

    @Test
    void aDocumentArrivesIsAcceptedAssignedHandledAndDone() {
        assertEquals(ARRIVED, delivery.status());
        for (DeliveryStatus next : new DeliveryStatus[] {ACCEPTED, ASSIGNED, IN_PROGRESS, DONE}) {
            delivery.moveTo(next);
            assertEquals(next, delivery.status());
        }
    }

    @Test
    void aSecondAcceptIsRefused() {
        delivery.moveTo(ACCEPTED);
        IllegalStatusTransitionException e =
                assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(ACCEPTED));
        assertEquals("delivery.status.repeated", e.messageKey());
        assertEquals(ACCEPTED, delivery.status());
    }

    @Test
    void aReturnedDocumentGoesNoFurther() {
        delivery.moveTo(RETURNED);
        assertTrue(RETURNED.isFinal());
        IllegalStatusTransitionException e =
                assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(ACCEPTED));
        assertEquals("delivery.status.illegal", e.messageKey());
        assertEquals(RETURNED, e.from());
        assertEquals(ACCEPTED, e.to());
    }

    @Test
    void handlingCannotSkipAcceptance() {
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(IN_PROGRESS));
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(DONE));
        assertEquals(ARRIVED, delivery.status());
    }

    @Test
    void anAgreedRecallEndsTheDelivery() {
        delivery.moveTo(ACCEPTED);
        delivery.moveTo(RECALL_REQUESTED);
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(ASSIGNED));
        delivery.moveTo(RECALL_AGREED);
        assertTrue(delivery.status().isFinal());
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(RECALL_REQUESTED));
    }

    @Test
    void aRefusedRecallLetsHandlingGoOnFromWhereItWas() {
        delivery.moveTo(ACCEPTED);
        delivery.moveTo(ASSIGNED);
        delivery.moveTo(RECALL_REQUESTED);
        delivery.moveTo(RECALL_REFUSED);
        assertEquals(ASSIGNED, delivery.statusBeforeRecall());
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(ACCEPTED));
        assertThrows(IllegalStatusTransitionException.class, () -> delivery.moveTo(RECALL_REFUSED));
        delivery.moveTo(IN_PROGRESS);
        assertEquals(IN_PROGRESS, delivery.status());
        assertEquals(null, delivery.statusBeforeRecall());
    }

    @Test
    void theSenderMayAskAgainAfterARefusedRecall() {
        delivery.moveTo(RECALL_REQUESTED);
        delivery.moveTo(RECALL_REFUSED);
        delivery.moveTo(RECALL_REQUESTED);
        delivery.moveTo(RECALL_AGREED);
        assertEquals(RECALL_AGREED, delivery.status());
    }

    @Test
    void statusesCarryTheirEdxmlCodes() {
        assertEquals("05", IN_PROGRESS.code());
        assertEquals(RECALL_REFUSED, DeliveryStatus.fromCode("16"));
        assertEquals(ARRIVED, DeliveryStatus.fromCode(" 01 "));
        assertThrows(vn.lienthong.platform.InvalidInputException.class, () -> DeliveryStatus.fromCode("07"));
        assertFalse(DONE.isFinal());
    }
}
