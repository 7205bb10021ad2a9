package vn.lienthong.exchange.edxml;

import vn.lienthong.exchange.DeliveryStatus;

import java.time.LocalDateTime;
import java.util.Objects;

/** A recipient tells the sender where the document stands (edXML status message, codes 01–16). */
public record StatusMessage(Organization from, ResponseFor responseFor, StaffInfo staff, DeliveryStatus status,
                            String description, LocalDateTime timestamp) implements EdxmlMessage {

    public StatusMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(responseFor, "responseFor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
