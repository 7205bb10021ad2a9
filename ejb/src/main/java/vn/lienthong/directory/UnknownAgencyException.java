package vn.lienthong.directory;

import vn.lienthong.platform.DomainException;

/** No agency has this code in the directory. */
public class UnknownAgencyException extends DomainException {

    public UnknownAgencyException(AgencyCode code) {
        super("agency.unknown", code.value());
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
