package vn.lienthong.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit trail. Written in the business transaction without its hash; the chainer gives it a
 * place in the chain ({@code chainSequence}) and the hash a moment later, so that auditing never serialises the
 * business transactions that write it.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.unchained", query = "SELECT e FROM AuditEntry e WHERE e.chainSequence IS NULL ORDER BY e.id")
@NamedQuery(name = "AuditEntry.chainFrom", query = "SELECT e FROM AuditEntry e WHERE e.chainSequence > :after ORDER BY e.chainSequence")
@NamedQuery(name = "AuditEntry.lastChained", query = "SELECT e FROM AuditEntry e WHERE e.chainSequence IS NOT NULL ORDER BY e.chainSequence DESC")
@NamedQuery(name = "AuditEntry.recent", query = "SELECT e FROM AuditEntry e ORDER BY e.id DESC")
@NamedQuery(name = "AuditEntry.forSubject", query = "SELECT e FROM AuditEntry e WHERE e.subject = :subject ORDER BY e.id DESC")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "agency_code", length = 13)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private AuditOutcome outcome;

    @Column(name = "detail", length = 1000)
    private String detail;

    @Column(name = "chain_sequence", unique = true)
    private Long chainSequence;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "hash", length = 64)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String agencyCode, AuditAction action, String subject,
               AuditOutcome outcome, String detail) {
        // Millisecond precision survives every database round trip, so the hash recomputes the same.
        this.occurredAt = Objects.requireNonNull(occurredAt).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.actor = Objects.requireNonNull(actor);
        this.agencyCode = agencyCode;
        this.action = Objects.requireNonNull(action);
        this.subject = Objects.requireNonNull(subject);
        this.outcome = Objects.requireNonNull(outcome);
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    /** Takes the entry's place in the chain: done once, by the chainer only; a second call throws. */
    public void chain(long sequence, String previousHash, String hash) {
        if (chainSequence != null) {
            throw new IllegalStateException("entry " + id + " is already chained");
        }
        this.chainSequence = sequence;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Optional<String> agencyCode() {
        return Optional.ofNullable(agencyCode);
    }

    public AuditAction action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Optional<Long> chainSequence() {
        return Optional.ofNullable(chainSequence);
    }

    public Optional<String> previousHash() {
        return Optional.ofNullable(previousHash);
    }

    public Optional<String> hash() {
        return Optional.ofNullable(hash);
    }
}
