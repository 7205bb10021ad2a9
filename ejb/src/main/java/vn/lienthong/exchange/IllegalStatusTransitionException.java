package vn.lienthong.exchange;

import vn.lienthong.platform.DomainException;

/** A delivery was asked to move to a status that does not follow its current one, such as a second accept. */
public class IllegalStatusTransitionException extends DomainException {

    private final DeliveryStatus from;
    private final DeliveryStatus to;

    public IllegalStatusTransitionException(DeliveryStatus from, DeliveryStatus to) {
        super(Kind.CONFLICT, from == to ? "delivery.status.repeated" : "delivery.status.illegal", from.code(), to.code());
        this.from = from;
        this.to = to;
    }

    public DeliveryStatus from() {
        return from;
    }

    public DeliveryStatus to() {
        return to;
    }
}
