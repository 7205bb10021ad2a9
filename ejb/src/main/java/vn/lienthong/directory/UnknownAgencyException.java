package vn.lienthong.directory;

import vn.lienthong.platform.DomainException;

/** No agency has this code in the directory. */
public class UnknownAgencyException extends DomainException {

    public UnknownAgencyException(AgencyCode code) {
        super(Kind.NOT_FOUND, "agency.unknown", code.value());
    }
}
