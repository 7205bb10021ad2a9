package vn.lienthong.exchange;

import vn.lienthong.platform.DomainException;

/** No recall, update or replace request with this id is addressed to the caller's agency. */
public class UnknownRequestException extends DomainException {

    public UnknownRequestException(long id) {
        super(Kind.NOT_FOUND, "request.unknown", id);
    }

    private UnknownRequestException(String messageKey, Object... arguments) {
        super(Kind.NOT_FOUND, messageKey, arguments);
    }

    /** A recipient on the national platform answered ({@code code}) a request that the sender never made. */
    public static UnknownRequestException noneAsked(String recipient, String code) {
        return new UnknownRequestException("edxml.status.noRequest", code, recipient);
    }
}
