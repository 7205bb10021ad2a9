package vn.lienthong.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import java.util.stream.Collectors;

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
        List<PaperRecipient> recipients = recipients(request.agencies(), request.externalRecipients());
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

    /**
     * Đính chính: a clerk of the dispatching agency corrects what was recorded, with a reason. The register reads the
     * dispatch, so it shows the corrected values; the correction keeps what they were.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public DispatchCorrection correct(long dispatchId, DispatchAmendment amendment) {
        Caller caller = directory.caller();
        PaperDispatch dispatch = em.find(PaperDispatch.class, dispatchId, LockModeType.PESSIMISTIC_WRITE);
        if (dispatch == null || !dispatch.agency().equals(caller.agency())) {
            throw new UnknownDispatchException(dispatchId);
        }
        List<PaperRecipient> recipients = amendment.changesRecipients()
                ? recipients(amendment.agencies(), amendment.externalRecipients()) : null;
        OutgoingDocument document = em.find(OutgoingDocument.class, dispatch.outgoingId());
        Instant now = clock.instant();
        DispatchCorrection correction = dispatch.correct(amendment, recipients,
                document.issuedAt().orElseThrow().atZone(ClockProducer.VIETNAM).toLocalDate(),
                now.atZone(ClockProducer.VIETNAM).toLocalDate(), caller.username(), now);
        em.persist(correction);
        audit.record(AuditAction.PAPER_DISPATCH_CORRECTED, caller.agency().value(), "outgoing:" + document.id(),
                AuditOutcome.SUCCESS, abbreviated("dispatch " + dispatchId + ": " + correction.reason() + " | "
                        + correction.changes().stream().map(DispatchChange::toString).collect(Collectors.joining("; "))));
        return correction;
    }

    /** A dispatch of the caller's agency. */
    public PaperDispatch find(long dispatchId) {
        PaperDispatch dispatch = em.find(PaperDispatch.class, dispatchId);
        if (dispatch == null || !directory.caller().mayView(dispatch.agency())) {
            throw new UnknownDispatchException(dispatchId);
        }
        return dispatch;
    }

    /** The corrections of a dispatch, oldest first. */
    public List<DispatchCorrection> corrections(long dispatchId) {
        find(dispatchId);
        return em.createNamedQuery("DispatchCorrection.ofDispatch", DispatchCorrection.class)
                .setParameter("dispatch", dispatchId).getResultList();
    }

    private List<PaperRecipient> recipients(List<AgencyCode> agencies, List<String> externalNames) {
        List<PaperRecipient> recipients = new ArrayList<>();
        for (AgencyCode agency : agencies == null ? List.<AgencyCode>of() : agencies) {
            recipients.add(PaperRecipient.agency(directory.agency(agency).code()));
        }
        for (String name : externalNames == null ? List.<String>of() : externalNames) {
            recipients.add(PaperRecipient.external(name));
        }
        return recipients;
    }

    /** The audit detail keeps the gist; the full before and after stay in the correction itself. */
    private static String abbreviated(String detail) {
        return detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
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
