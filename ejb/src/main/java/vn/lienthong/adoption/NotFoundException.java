package vn.lienthong.adoption;

import vn.lienthong.platform.DomainException;

/** Something of the adoption audit that is not there, or not the caller's: an import job, an export. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(Kind.NOT_FOUND, messageKey, arguments);
    }
}
