package vn.lienthong.web.api.exchange;

import vn.lienthong.exchange.Delivery;
import vn.lienthong.exchange.DeliveryHistoryEntry;
import vn.lienthong.exchange.DeliveryStatus;

import java.time.Instant;
import java.util.List;

/**
 * One recipient's delivery as its sender sees it: routing, the edXML status code and label once arrived,
 * and the history of every step.
 */
public record DeliveryView(long id, String recipient, String routing, String status, String statusCode,
                           String statusLabel, int attempts, String lastError, Instant updatedAt, List<Step> history) {

    /** One step of the history. */
    public record Step(String status, Instant at, String actor, String note) {
    }

    static DeliveryView of(Delivery d, List<DeliveryHistoryEntry> history) {
        return new DeliveryView(d.id(), d.recipient().value(), d.routing().name(),
                d.status().map(Enum::name).orElse(null), d.status().map(DeliveryStatus::code).orElse(null),
                d.statusLabel().orElse(null), d.attempts(), d.lastError().orElse(null),
                d.updatedAt(), history.stream().map(h -> new Step(h.status(), h.at(), h.actor(), h.note().orElse(null))).toList());
    }
}
