package vn.lienthong.exchange.edxml;

import vn.lienthong.directory.AgencyCode;

import java.util.Objects;

/** A sender or recipient agency (edXML {@code From} / {@code To}); all but the code may be null. */
public record Organization(AgencyCode organId, String organizationInCharge, String organName, String organAdd,
                           String email, String telephone, String fax, String website) {

    public Organization {
        Objects.requireNonNull(organId, "organId");
    }

    /** An agency known only by its code and name, as the directory gives it. */
    public static Organization of(AgencyCode organId, String organName) {
        return new Organization(organId, null, organName, null, null, null, null, null);
    }
}
