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
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A sender's request to one recipient to recall, update or replace a document it delivered (edXML 13), and the
 * recipient's answer: agreed (15) or refused (16). Answered once; the record stays for the audit.
 */
@Entity
@Table(name = "delivery_request")
@NamedQuery(name = "DeliveryRequest.ofDelivery",
        query = "SELECT r FROM DeliveryRequest r WHERE r.deliveryId = :delivery ORDER BY r.id")
@NamedQuery(name = "DeliveryRequest.pendingOfDelivery",
        query = "SELECT r FROM DeliveryRequest r WHERE r.deliveryId = :delivery AND r.answer = vn.lienthong.exchange.RequestAnswer.REQUESTED")
@NamedQuery(name = "DeliveryRequest.pendingFor",
        query = "SELECT r, i FROM DeliveryRequest r, IncomingDocument i WHERE i.delivery.id = r.deliveryId"
                + " AND i.agencyCode = :agency AND r.answer = vn.lienthong.exchange.RequestAnswer.REQUESTED ORDER BY r.id")
public class DeliveryRequest {

    public static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private long deliveryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private RequestKind kind;

    @Column(name = "reason", nullable = false, length = MAX_TEXT)
    private String reason;

    /** For a replacement: the outgoing document that takes this one's place. */
    @Column(name = "replacement_id")
    private Long replacementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false, length = 16)
    private RequestAnswer answer;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_note", length = MAX_TEXT)
    private String answerNote;

    /** The edXML package this request left in the national platform's outbox; null inside LienThong. */
    @Column(name = "platform_message", length = 255)
    private String platformMessage;

    /** The platform's status message that answered (code and timestamp), to know it again when it is replayed. */
    @Column(name = "answer_message", length = 64)
    private String answerMessage;

    @Version
    private long version;

    protected DeliveryRequest() {
    }

    public DeliveryRequest(Delivery delivery, RequestKind kind, String reason, Long replacementId, String by, Instant at) {
        this.deliveryId = delivery.id();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = text(reason, "request.reason.required");
        if ((kind == RequestKind.REPLACE) != (replacementId != null)) {
            throw new InvalidInputException(kind == RequestKind.REPLACE ? "request.replacement.required" : "request.replacement.unexpected");
        }
        this.replacementId = replacementId;
        this.answer = RequestAnswer.REQUESTED;
        this.requestedBy = Objects.requireNonNull(by, "by");
        this.requestedAt = Objects.requireNonNull(at, "at");
    }

    /** Đồng ý (15) or từ chối (16). A refusal says why, as a returned document does. */
    public void answer(boolean agreed, String note, String by, Instant at) {
        if (answer != RequestAnswer.REQUESTED) {
            throw new DocumentStateException("request.alreadyAnswered", answer.label());
        }
        this.answerNote = agreed ? optionalText(note) : text(note, "request.refusalReason.required");
        this.answer = agreed ? RequestAnswer.AGREED : RequestAnswer.REFUSED;
        this.answeredBy = Objects.requireNonNull(by, "by");
        this.answeredAt = Objects.requireNonNull(at, "at");
    }

    /** The request travels to a recipient on the national platform as this edXML package. */
    public void leftInOutbox(String packageName) {
        this.platformMessage = Objects.requireNonNull(packageName, "packageName");
    }

    /**
     * The national platform's answer, from the recipient's status message (15 or 16).
     *
     * @param message the message's identity (code and timestamp), kept to recognise a replay
     */
    public void answerFromPlatform(boolean agreed, String note, String by, Instant at, String message) {
        if (platformMessage == null) {
            throw new DocumentStateException("request.notOnPlatform", id);
        }
        answer(agreed, note, by, at);
        this.answerMessage = Objects.requireNonNull(message, "message");
    }

    /** Whether the platform's status message {@code message} is the one that already answered this request. */
    public boolean answeredBy(String message) {
        return message.equals(answerMessage);
    }

    private static String text(String value, String missingKey) {
        String text = optionalText(value);
        if (text == null) {
            throw new InvalidInputException(missingKey);
        }
        return text;
    }

    private static String optionalText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new InvalidInputException("request.text.tooLong", MAX_TEXT);
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public long deliveryId() {
        return deliveryId;
    }

    public RequestKind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public Optional<Long> replacementId() {
        return Optional.ofNullable(replacementId);
    }

    public RequestAnswer answer() {
        return answer;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<String> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    /** The package in the national platform's outbox, for a recipient reached through it. */
    public Optional<String> platformMessage() {
        return Optional.ofNullable(platformMessage);
    }

    public Optional<String> answerNote() {
        return Optional.ofNullable(answerNote);
    }
}
