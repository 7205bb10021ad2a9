package vn.lienthong.exchange;

import vn.lienthong.platform.DomainException;

/** Someone tried to send electronically a document that may only go on paper. */
public class CarvedOutException extends DomainException {

    private final CarveOut reason;

    public CarvedOutException(CarveOut reason) {
        super(Kind.CONFLICT, reason == CarveOut.CLASSIFIED ? "exchange.carveOut.classified" : "exchange.carveOut.paperOnly");
        this.reason = reason;
    }

    /** The same refusal, said for another attempt than sending (storing a file, for one). */
    public CarvedOutException(CarveOut reason, String messageKey, Object... arguments) {
        super(Kind.CONFLICT, messageKey, arguments);
        this.reason = reason;
    }

    public CarveOut reason() {
        return reason;
    }
}
