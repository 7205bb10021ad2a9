package vn.lienthong.exchange;

import vn.lienthong.platform.DomainException;

/** Someone tried to send electronically a document that may only go on paper. */
public class CarvedOutException extends DomainException {

    private final CarveOut reason;

    public CarvedOutException(CarveOut reason) {
        super(Kind.CONFLICT, reason == CarveOut.CLASSIFIED ? "exchange.carveOut.classified" : "exchange.carveOut.paperOnly");
        this.reason = reason;
    }

    public CarveOut reason() {
        return reason;
    }
}
