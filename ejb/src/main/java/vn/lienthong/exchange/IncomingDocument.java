package vn.lienthong.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Văn bản đến: a document as it reached a recipient agency. Its handling status is its delivery's, so that the
 * sender sees every step; accepting it gives it the next arrival number (số đến) of the agency's incoming register.
 */
@Entity
@Table(name = "incoming_document")
@NamedQuery(name = "IncomingDocument.inbox",
        query = "SELECT i FROM IncomingDocument i JOIN FETCH i.delivery WHERE i.agencyCode = :agency"
                + " AND i.delivery.status <> vn.lienthong.exchange.DeliveryStatus.RECALL_AGREED ORDER BY i.arrivedAt DESC, i.id DESC")
@NamedQuery(name = "IncomingDocument.inboxInStatus",
        query = "SELECT i FROM IncomingDocument i JOIN FETCH i.delivery WHERE i.delivery.recipientCode = :agency"
                + " AND i.delivery.status = :status AND i.agencyCode = :agency ORDER BY i.arrivedAt DESC, i.id DESC")
@NamedQuery(name = "IncomingDocument.assignedTo",
        query = "SELECT i FROM IncomingDocument i JOIN FETCH i.delivery WHERE i.agencyCode = :agency AND i.assignee = :assignee ORDER BY i.arrivedAt DESC, i.id DESC")
@NamedQuery(name = "IncomingDocument.ofDelivery", query = "SELECT i FROM IncomingDocument i WHERE i.delivery.id = :delivery")
public class IncomingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "delivery_id", nullable = false, unique = true)
    private Delivery delivery;

    @Column(name = "agency_code", nullable = false, length = 13)
    private String agencyCode;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    @Column(name = "arrival_number")
    private Integer arrivalNumber;

    @Column(name = "arrival_year")
    private Integer arrivalYear;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by", length = 64)
    private String acceptedBy;

    @Column(name = "assignee", length = 64)
    private String assignee;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Version
    private long version;

    protected IncomingDocument() {
    }

    /** The delivery has just arrived (01) at its recipient. */
    public IncomingDocument(Delivery delivery, Instant arrivedAt) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.agencyCode = delivery.recipient().value();
        this.arrivedAt = Objects.requireNonNull(arrivedAt, "arrivedAt");
    }

    /** Tiếp nhận (03): registered with the next arrival number of the year. A second accept is refused. */
    public void accept(RegisterKey key, int number, String by, Instant at) {
        delivery.moveTo(DeliveryStatus.ACCEPTED, at);
        this.arrivalNumber = number;
        this.arrivalYear = key.year();
        this.acceptedBy = by;
        this.acceptedAt = at;
    }

    /** Từ chối tiếp nhận (02): sent back with the reason, which the sender reads. */
    public void returnToSender(String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("document.returnReason.required");
        }
        delivery.moveTo(DeliveryStatus.RETURNED, at);
        this.returnReason = reason.strip();
    }

    /** Phân công (04): a person of the agency handles it. */
    public void assignTo(String username, Instant at) {
        delivery.moveTo(DeliveryStatus.ASSIGNED, at);
        this.assignee = Objects.requireNonNull(username, "username");
    }

    /** Thu hồi agreed: the copy is gone from the recipient's inbox; the row stays for the audit trail. */
    public boolean withdrawn() {
        return delivery.status().filter(s -> s == DeliveryStatus.RECALL_AGREED).isPresent();
    }

    public Long id() {
        return id;
    }

    public Delivery delivery() {
        return delivery;
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Optional<Integer> arrivalNumber() {
        return Optional.ofNullable(arrivalNumber);
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }
}
