package vn.lienthong.audit.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditEntry;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.ChainVerification;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one writer of the chain. Business transactions only insert entries; this singleton links them every second,
 * in batches, in its own transactions. Container-managed write locking makes it the only chainer in the JVM;
 * the unique chain_sequence column stops a second node from forking the chain. Only {@code AuditTrail} calls it,
 * which checks the caller's role first. It waits for the schema: on a first start its timer would otherwise fire
 * before Flyway has made the tables, and log a stack trace every second until it had.
 */
@Singleton
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class AuditChainer {

    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());
    private static final int BATCH = 1000;
    private static final int PAGE = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void chainPending() {
        List<AuditEntry> pending = em.createNamedQuery("AuditEntry.unchained", AuditEntry.class)
                .setMaxResults(BATCH).getResultList();
        if (pending.isEmpty()) {
            return;
        }
        List<AuditEntry> last = em.createNamedQuery("AuditEntry.lastChained", AuditEntry.class).setMaxResults(1).getResultList();
        long sequence = last.isEmpty() ? 0 : last.get(0).chainSequence().orElseThrow();
        String previous = last.isEmpty() ? ChainHash.GENESIS : last.get(0).hash().orElseThrow();
        for (AuditEntry entry : pending) {
            sequence++;
            String hash = ChainCheck.hashOf(entry, sequence, previous);
            entry.chain(sequence, previous, hash);
            previous = hash;
        }
    }

    /** Walks the chain in pages, recomputing every hash and checking every link and sequence number. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainVerification verify() {
        ChainCheck check = new ChainCheck();
        List<AuditEntry> page;
        do {
            page = em.createNamedQuery("AuditEntry.chainFrom", AuditEntry.class)
                    .setParameter("after", check.expected() - 1).setMaxResults(PAGE).getResultList();
            for (AuditEntry entry : page) {
                if (!check.accept(entry)) {
                    return new ChainVerification(false, check.checked(), check.brokenAt(), check.reason(),
                            pendingCount(), clock.instant());
                }
            }
            em.clear();
        } while (!page.isEmpty());
        return new ChainVerification(true, check.checked(), null, null, pendingCount(), clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordVerification(String actor, ChainVerification result) {
        String detail = result.intact() ? "intact, " + result.checked() + " entries"
                : "broken at " + result.firstBroken() + " (" + result.reason() + ")";
        em.persist(new AuditEntry(clock.instant(), actor, null, AuditAction.AUDIT_VERIFIED, "audit-chain",
                result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED, detail));
        if (!result.intact()) {
            LOG.severe(() -> "Audit chain broken at sequence " + result.firstBroken() + ": " + result.reason());
        }
    }

    private long pendingCount() {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.chainSequence IS NULL", Long.class).getSingleResult();
    }
}
