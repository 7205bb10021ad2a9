package vn.lienthong.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.internal.AuditChainer;
import vn.lienthong.platform.Role;

import java.time.Clock;
import java.util.List;

/**
 * Records actions and verifies the chain. Every capability calls {@link #record} inside its own transaction, so an
 * action and its entry commit or roll back together; a refusal, whose transaction rolls back, is recorded with
 * {@link #recordRefusal} in a transaction of its own so that the attempt stays on file.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    AuditChainer chainer;

    public void record(AuditAction action, String agencyCode, String subject, AuditOutcome outcome, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor(), agencyCode, action, subject, outcome, detail));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(AuditAction action, String agencyCode, String subject, String reason) {
        record(action, agencyCode, subject, AuditOutcome.REFUSED, reason);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntry> recent(int first, int max) {
        return em.createNamedQuery("AuditEntry.recent", AuditEntry.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntry> forSubject(String subject) {
        return em.createNamedQuery("AuditEntry.forSubject", AuditEntry.class)
                .setParameter("subject", subject).setMaxResults(500).getResultList();
    }

    /** Chains what is pending, then walks the whole chain. The verification itself is recorded. */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verify() {
        chainer.chainPending();
        ChainVerification result = chainer.verify();
        chainer.recordVerification(actor(), result);
        return result;
    }

    private String actor() {
        String name = session.getCallerPrincipal().getName();
        return name == null || name.isBlank() ? "system" : name;
    }
}
