package vn.lienthong.audit.internal;

import vn.lienthong.audit.AuditEntry;

import java.util.Objects;

/**
 * Walks the chain one entry at a time, in chain order, and remembers the first break: a gap in the sequence
 * (an entry removed), a previous-hash that does not link (an entry removed or inserted), or a hash that does not
 * recompute (an entry changed). Kept apart from the database so that tampering can be tested directly.
 */
public final class ChainCheck {

    private long expected = 1;
    private String previous = ChainHash.GENESIS;
    private long checked;
    private Long brokenAt;
    private String reason;

    /** @return false once the chain is broken; later entries are not looked at. */
    public boolean accept(AuditEntry entry) {
        if (brokenAt != null) {
            return false;
        }
        long sequence = entry.chainSequence().orElse(-1L);
        if (sequence != expected) {
            return breakAt(expected, "missing");
        }
        if (!Objects.equals(previous, entry.previousHash().orElse(null))) {
            return breakAt(sequence, "link");
        }
        String recomputed = hashOf(entry, sequence, previous);
        if (!recomputed.equals(entry.hash().orElse(null))) {
            return breakAt(sequence, "content");
        }
        previous = recomputed;
        expected++;
        checked++;
        return true;
    }

    public boolean intact() {
        return brokenAt == null;
    }

    public long checked() {
        return checked;
    }

    public Long brokenAt() {
        return brokenAt;
    }

    public String reason() {
        return reason;
    }

    /** The next sequence number the walk expects, which is where the next page starts. */
    public long expected() {
        return expected;
    }

    static String hashOf(AuditEntry entry, long sequence, String previous) {
        return ChainHash.of(previous, sequence, entry.id() == null ? 0 : entry.id(), entry.occurredAt(), entry.actor(),
                entry.agencyCode().orElse(null), entry.action().name(), entry.subject(), entry.outcome().name(),
                entry.detail().orElse(null));
    }

    private boolean breakAt(long sequence, String why) {
        brokenAt = sequence;
        reason = why;
        return false;
    }
}
