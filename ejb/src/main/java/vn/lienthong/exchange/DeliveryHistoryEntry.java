package vn.lienthong.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One step of a delivery's history, as the sender sees it: routing steps and edXML statuses alike. */
@Entity
@Table(name = "delivery_history")
@NamedQuery(name = "DeliveryHistoryEntry.ofDelivery",
        query = "SELECT h FROM DeliveryHistoryEntry h WHERE h.deliveryId = :delivery ORDER BY h.id")
public class DeliveryHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private long deliveryId;

    /** A {@link DeliveryStatus} or {@link DeliveryRouting} name. */
    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "note", length = 1000)
    private String note;

    protected DeliveryHistoryEntry() {
    }

    public DeliveryHistoryEntry(long deliveryId, String status, Instant at, String actor, String note) {
        this.deliveryId = deliveryId;
        this.status = Objects.requireNonNull(status);
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor);
        this.note = note;
    }

    public String status() {
        return status;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
