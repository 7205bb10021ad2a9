package vn.lienthong.exchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Đính chính: one correction of a recorded paper dispatch, who made it, when, why, and what it changed. Never edited
 * or deleted: the history of a dispatch is the list of its corrections.
 */
@Entity
@Table(name = "paper_dispatch_correction")
@NamedQuery(name = "DispatchCorrection.ofDispatch",
        query = "SELECT c FROM DispatchCorrection c WHERE c.dispatchId = :dispatch ORDER BY c.id")
public class DispatchCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dispatch_id", nullable = false)
    private long dispatchId;

    @Column(name = "corrected_by", nullable = false, length = 64)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "paper_dispatch_change", joinColumns = @JoinColumn(name = "correction_id"))
    @OrderColumn(name = "position")
    private List<DispatchChange> changes = new ArrayList<>();

    protected DispatchCorrection() {
    }

    DispatchCorrection(long dispatchId, List<DispatchChange> changes, String reason, String by, Instant at) {
        this.dispatchId = dispatchId;
        this.changes = new ArrayList<>(changes);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.correctedBy = Objects.requireNonNull(by, "by");
        this.correctedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public long dispatchId() {
        return dispatchId;
    }

    public String correctedBy() {
        return correctedBy;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public String reason() {
        return reason;
    }

    public List<DispatchChange> changes() {
        return List.copyOf(changes);
    }
}
