package vn.lienthong.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import vn.lienthong.signing.Reason;
import vn.lienthong.signing.Verdict;

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

    /** The worst verdict of the signatures checked on arrival; {@code null} when there was nothing to check. */
    @Enumerated(EnumType.STRING)
    @Column(name = "signature_verdict", length = 16)
    private Verdict signatureVerdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_reason", length = 32)
    private Reason signatureReason;

    /** Why a clerk accepted it although its signatures were INDETERMINATE. */
    @Column(name = "signature_decision", length = 1000)
    private String signatureDecision;

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

    /** What checking its signatures on arrival found: the worst verdict of its files (and envelope), and why. */
    public void signaturesChecked(Verdict verdict, Reason reason) {
        this.signatureVerdict = Objects.requireNonNull(verdict, "verdict");
        this.signatureReason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Whether the clerk may accept it: never with an INVALID signature (it can only be returned, status 02); with an
     * INDETERMINATE one only by an explicit decision with a note saying why.
     *
     * @param indeterminateNote the clerk's reason for accepting an INDETERMINATE document, or {@code null} when they
     *                          made no such decision
     */
    public void requireAcceptable(String indeterminateNote) {
        if (signatureVerdict == Verdict.INVALID) {
            throw new DocumentStateException("signature.accept.invalid", signatureReason.name());
        }
        if (signatureVerdict == Verdict.INDETERMINATE) {
            if (indeterminateNote == null) {
                throw new DocumentStateException("signature.accept.undecided", signatureReason.name());
            }
            if (indeterminateNote.isBlank()) {
                throw new InvalidInputException("signature.accept.noteRequired");
            }
        }
    }

    /** Tiếp nhận (03) without any decision about an INDETERMINATE signature. */
    public void accept(RegisterKey key, int number, String by, Instant at) {
        accept(key, number, by, at, null);
    }

    /**
     * Tiếp nhận (03): registered with the next arrival number of the year. A second accept is refused, and so is one
     * that {@link #requireAcceptable(String)} refuses.
     */
    public void accept(RegisterKey key, int number, String by, Instant at, String indeterminateNote) {
        requireAcceptable(indeterminateNote);
        if (signatureVerdict == Verdict.INDETERMINATE) {
            this.signatureDecision = indeterminateNote.strip();
        }
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

    /** Empty when the document arrived with nothing to check. */
    public Optional<Verdict> signatureVerdict() {
        return Optional.ofNullable(signatureVerdict);
    }

    public Optional<Reason> signatureReason() {
        return Optional.ofNullable(signatureReason);
    }

    /** The clerk's note when they accepted an INDETERMINATE document. */
    public Optional<String> signatureDecision() {
        return Optional.ofNullable(signatureDecision);
    }
}
