package vn.lienthong.signing;

import vn.lienthong.platform.DomainException;

/**
 * The configured timestamp authority gave no usable timestamp. Nothing is signed rather than silently signing
 * without one: the operator asked for PAdES-B-T. Trying again later may succeed.
 */
public class TimestampUnavailableException extends DomainException {

    public TimestampUnavailableException(String authority) {
        super(Kind.CONFLICT, "signature.tsa.unavailable", authority);
    }
}
