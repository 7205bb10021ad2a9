package vn.lienthong.directory;

import vn.lienthong.platform.DomainException;

/** No agency has this code in the directory. */
public class UnknownAgencyException extends DomainException {

    public UnknownAgencyException(AgencyCode code) {
        super(Kind.NOT_FOUND, "agency.unknown", code.value());
    }

    /** Unknown agencies in a context the message names, such as an imported package's recipients. */
    public UnknownAgencyException(String messageKey, Object... arguments) {
        super(Kind.NOT_FOUND, messageKey, arguments);
    }
}
