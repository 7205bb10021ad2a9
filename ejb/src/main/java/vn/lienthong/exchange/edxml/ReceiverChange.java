package vn.lienthong.exchange.edxml;

import vn.lienthong.directory.AgencyCode;

import java.util.Objects;

/** A recipient an update adds ({@code ReceiverType} 1) or removes (0). */
public record ReceiverChange(AgencyCode organId, boolean added) {

    public ReceiverChange {
        Objects.requireNonNull(organId, "organId");
    }
}
