package vn.lienthong.exchange.edxml;

import vn.lienthong.directory.AgencyCode;

import java.time.LocalDateTime;
import java.util.Objects;

/** One hop of the package: the agency that handled it and when (Vietnamese local time). */
public record TraceHeader(AgencyCode organId, LocalDateTime timestamp) {

    public TraceHeader {
        Objects.requireNonNull(organId, "organId");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
