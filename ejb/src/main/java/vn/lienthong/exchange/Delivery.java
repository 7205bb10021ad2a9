package vn.lienthong.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One document's journey to one recipient agency: first its routing (queued, delivered, exported, failed), then, once
 * it has arrived, what the recipient does with it, as the edXML status codes tell it. Every status move goes through
 * {@link #moveTo}, which refuses what {@link DeliveryStatus#mayMoveTo} does not allow.
 */
@Entity
@Table(name = "delivery")
@NamedQuery(name = "Delivery.ofDocument", query = "SELECT d FROM Delivery d WHERE d.outgoingId = :document ORDER BY d.id")
public class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "outgoing_id", nullable = false)
    private long outgoingId;

    @Column(name = "sender_code", nullable = false, length = 13)
    private String senderCode;

    @Column(name = "recipient_code", nullable = false, length = 13)
    private String recipientCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "routing", nullable = false)
    private DeliveryRouting routing;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private DeliveryStatus status;

    /** The handling status a recall interrupted, to go on from if the recall is refused; null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_recall")
    private DeliveryStatus statusBeforeRecall;

    /**
     * Which request took the delivery to 13 (and then 15 or 16): a recall or a replacement, which share those codes.
     * Null before any such request.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "request_kind", length = 16)
    private RequestKind requestKind;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Delivery() {
    }

    /** A delivery persisted and about to be queued. */
    public Delivery(long outgoingId, AgencyCode sender, AgencyCode recipient, Instant now) {
        this.outgoingId = outgoingId;
        this.senderCode = Objects.requireNonNull(sender, "sender").value();
        this.recipientCode = Objects.requireNonNull(recipient, "recipient").value();
        this.routing = DeliveryRouting.QUEUED;
        this.attempts = 1;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    /** The document reached the recipient's inbox (01). A replayed message finds it already delivered. */
    public void arrive(Instant now) {
        requireRouting(DeliveryRouting.QUEUED);
        routing = DeliveryRouting.DELIVERED;
        status = DeliveryStatus.ARRIVED;
        touch(now);
    }

    /** The document left as an edXML package for the national platform. */
    public void exported(Instant now) {
        requireRouting(DeliveryRouting.QUEUED);
        routing = DeliveryRouting.EXPORTED;
        touch(now);
    }

    /**
     * A recipient on the national platform reported a status in an edXML status message. The platform is the
     * authority on its side of the journey and may skip steps, so only the package's having left is required.
     */
    public void reportedByPlatform(DeliveryStatus reported, Instant now) {
        requireRouting(DeliveryRouting.EXPORTED);
        Objects.requireNonNull(reported, "reported");
        if (reported.answersRequest() || reported == DeliveryStatus.RECALL_REQUESTED) {
            // 13 is the sender's own question; 15 and 16 settle a request (DeliveryRequests), not a handling step.
            throw new InvalidInputException("delivery.platform.requestStatus", reported.code());
        }
        if (status == DeliveryStatus.RECALL_AGREED) {
            throw new DocumentStateException("delivery.platform.recalled", reported.code());
        }
        if (status == DeliveryStatus.RECALL_REQUESTED) {
            statusBeforeRecall = reported; // the recipient goes on handling while the request waits for its answer
        } else {
            status = reported;
            statusBeforeRecall = null;
        }
        touch(now);
    }

    /** Whether the platform took the package and the recipient's side may still answer a request about it. */
    public boolean onNationalPlatform() {
        return routing == DeliveryRouting.EXPORTED;
    }

    /** Redelivery gave up. */
    public void fail(String error, Instant now) {
        requireRouting(DeliveryRouting.QUEUED);
        routing = DeliveryRouting.FAILED;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        touch(now);
    }

    /** The sender sends a failed delivery again. */
    public void requeue(Instant now) {
        requireRouting(DeliveryRouting.FAILED);
        routing = DeliveryRouting.QUEUED;
        attempts++;
        lastError = null;
        touch(now);
    }

    /** @throws IllegalStatusTransitionException when {@code next} does not follow the current status */
    public void moveTo(DeliveryStatus next, Instant now) {
        Objects.requireNonNull(next, "next");
        if (status == null && routing != DeliveryRouting.EXPORTED) {
            throw new DocumentStateException("delivery.notArrived", routing.name());
        }
        DeliveryStatus from = status == DeliveryStatus.RECALL_REFUSED ? statusBeforeRecall : status;
        if (from == null) {
            // Left for the national platform, which has reported nothing yet: the sender may still ask for it back.
            if (next != DeliveryStatus.RECALL_REQUESTED) {
                throw new DocumentStateException("delivery.notArrived", routing.name());
            }
        } else if (!from.mayMoveTo(next)) {
            throw new IllegalStatusTransitionException(status, next);
        }
        if (next == DeliveryStatus.RECALL_REQUESTED) {
            statusBeforeRecall = from;
        } else if (next != DeliveryStatus.RECALL_REFUSED) {
            statusBeforeRecall = null;
        }
        status = next;
        touch(now);
    }

    /** The sender asked for the copy back (13): a recall or a replacement, which the status then names. */
    public void requested(RequestKind kind, Instant now) {
        if (!Objects.requireNonNull(kind, "kind").removesCopy()) {
            throw new IllegalArgumentException(kind + " leaves the status as it is");
        }
        moveTo(DeliveryStatus.RECALL_REQUESTED, now);
        requestKind = kind;
    }

    /** The recall or replacement that the status 13, 15 or 16 is about; empty for the other statuses. */
    public Optional<RequestKind> requestKind() {
        return status != null && (status == DeliveryStatus.RECALL_REQUESTED || status.answersRequest())
                ? Optional.ofNullable(requestKind) : Optional.empty();
    }

    /**
     * The status as the history names its step: {@code REPLACE_REQUESTED} for a replacement's 13, where
     * {@link #status()} says {@code RECALL_REQUESTED} for both. Empty until the document arrives.
     */
    public Optional<String> statusStep() {
        return status().map(s -> requestKind().map(k -> k.name() + s.name().substring("RECALL".length())).orElse(s.name()));
    }

    /** The status's Vietnamese label, naming a replacement as such ("Yêu cầu thay thế"). */
    public Optional<String> statusLabel() {
        return status().map(s -> s.label(requestKind().orElse(RequestKind.RECALL)));
    }

    private void requireRouting(DeliveryRouting expected) {
        if (routing != expected) {
            throw new DocumentStateException("delivery.routing", routing.name());
        }
    }

    private void touch(Instant now) {
        updatedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public long outgoingId() {
        return outgoingId;
    }

    public AgencyCode sender() {
        return new AgencyCode(senderCode);
    }

    public AgencyCode recipient() {
        return new AgencyCode(recipientCode);
    }

    public DeliveryRouting routing() {
        return routing;
    }

    public Optional<DeliveryStatus> status() {
        return Optional.ofNullable(status);
    }

    public DeliveryStatus statusBeforeRecall() {
        return statusBeforeRecall;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** When it was sent: the register's "ngày chuyển". */
    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
