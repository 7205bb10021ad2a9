package vn.lienthong.directory;

import vn.lienthong.platform.DomainException;

/** An agency with this code is already in the directory. */
public class DuplicateAgencyException extends DomainException {

    public DuplicateAgencyException(AgencyCode code) {
        super(Kind.CONFLICT, "agency.duplicate", code.value());
    }
}
