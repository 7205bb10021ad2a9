package vn.lienthong.exchange;

import vn.lienthong.platform.DomainException;

/** No recall, update or replace request with this id is addressed to the caller's agency. */
public class UnknownRequestException extends DomainException {

    public UnknownRequestException(long id) {
        super(Kind.NOT_FOUND, "request.unknown", id);
    }
}
