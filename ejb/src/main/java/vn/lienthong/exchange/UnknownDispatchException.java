package vn.lienthong.exchange;

import vn.lienthong.platform.DomainException;

/** No paper dispatch with this id belongs to the caller's agency: to another agency it does not exist. */
public class UnknownDispatchException extends DomainException {

    public UnknownDispatchException(long id) {
        super(Kind.NOT_FOUND, "paperDispatch.unknown", id);
    }
}
