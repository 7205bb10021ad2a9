package vn.lienthong.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Caller;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.ClockProducer;
import vn.lienthong.platform.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The carve-outs' only way out: a clerk records that a classified or paper-only document, already numbered, left on
 * paper. Nothing is routed, stored or queued for it.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class PaperDispatches {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryService directory;

    @Inject
    OutgoingDocuments outgoing;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed(Role.CLERK_NAME)
    public PaperDispatch record(NewPaperDispatch request) {
        Caller caller = directory.caller();
        OutgoingDocument document = outgoing.find(request.documentId());
        if (!document.agency().equals(caller.agency())) {
            throw new AccessDeniedException("access.otherAgency", document.agency().value());
        }
        List<PaperRecipient> recipients = new ArrayList<>();
        for (AgencyCode agency : request.agencies() == null ? List.<AgencyCode>of() : request.agencies()) {
            recipients.add(PaperRecipient.agency(directory.agency(agency).code()));
        }
        for (String name : request.externalRecipients() == null ? List.<String>of() : request.externalRecipients()) {
            recipients.add(PaperRecipient.external(name));
        }
        CarveOut reason = document.dispatchOnPaper();
        Instant now = clock.instant();
        LocalDate issuedOn = document.issuedAt().orElseThrow().atZone(ClockProducer.VIETNAM).toLocalDate();
        PaperDispatch dispatch = new PaperDispatch(document, reason, request, recipients, issuedOn,
                now.atZone(ClockProducer.VIETNAM).toLocalDate(), caller.username(), now);
        em.persist(dispatch);
        audit.record(AuditAction.PAPER_DISPATCH_RECORDED, caller.agency().value(), "outgoing:" + document.id(),
                AuditOutcome.SUCCESS, reason + " " + dispatch.carriage() + " " + dispatch.dispatchedOn()
                        + ", " + recipients.size() + " recipient(s), " + dispatch.copies() + " copies");
        return dispatch;
    }

    /** The paper dispatch of a document its caller may see, if it was dispatched. */
    public Optional<PaperDispatch> ofDocument(long documentId) {
        outgoing.find(documentId);
        return em.createNamedQuery("PaperDispatch.ofDocument", PaperDispatch.class).setParameter("document", documentId)
                .getResultStream().findFirst();
    }

    /** The caller's agency's paper dispatches, newest first. */
    public List<PaperDispatch> ofMyAgency(int first, int max) {
        return em.createNamedQuery("PaperDispatch.ofAgency", PaperDispatch.class)
                .setParameter("agency", directory.caller().agency().value())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }
}
