package vn.lienthong.signing;

import vn.lienthong.platform.DomainException;

/** An agency (or the system) has no usable signing key configured: nothing can be signed in its name. */
public class SigningKeyMissingException extends DomainException {

    public SigningKeyMissingException(String messageKey, String owner) {
        super(Kind.CONFLICT, messageKey, owner);
    }
}
