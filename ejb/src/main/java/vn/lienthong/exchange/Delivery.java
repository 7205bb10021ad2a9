package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;

import java.util.Objects;

/**
 * One document's journey at one recipient agency, as the edXML status codes tell it. Every move goes through
 * {@link #moveTo}, which refuses what {@link DeliveryStatus#mayMoveTo} does not allow. Plain fields, so that the
 * persistence layer can map it as it is (the no-argument constructor is for that layer).
 */
public class Delivery {

    private AgencyCode recipient;
    private DeliveryStatus status;
    /** The handling status a recall interrupted, to go on from if the recall is refused; null otherwise. */
    private DeliveryStatus statusBeforeRecall;

    protected Delivery() {
    }

    /** A delivery that has just reached its recipient (01). */
    public Delivery(AgencyCode recipient) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.status = DeliveryStatus.ARRIVED;
    }

    /** @throws IllegalStatusTransitionException when {@code next} does not follow the current status */
    public void moveTo(DeliveryStatus next) {
        Objects.requireNonNull(next, "next");
        DeliveryStatus from = status == DeliveryStatus.RECALL_REFUSED ? statusBeforeRecall : status;
        if (!from.mayMoveTo(next)) {
            throw new IllegalStatusTransitionException(status, next);
        }
        if (next == DeliveryStatus.RECALL_REQUESTED) {
            statusBeforeRecall = from;
        } else if (next != DeliveryStatus.RECALL_REFUSED) {
            statusBeforeRecall = null;
        }
        status = next;
    }

    public AgencyCode recipient() {
        return recipient;
    }

    public DeliveryStatus status() {
        return status;
    }

    public DeliveryStatus statusBeforeRecall() {
        return statusBeforeRecall;
    }
}
