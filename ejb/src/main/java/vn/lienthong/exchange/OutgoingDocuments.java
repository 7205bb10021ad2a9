package vn.lienthong.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.Caller;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.exchange.internal.Registers;
import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Văn bản đi: a clerk drafts a document for their agency and issues its number. A document is visible to its own
 * agency, and to auditors and administrators; to anyone else it does not exist.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class OutgoingDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryService directory;

    @Inject
    Registers registers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed(Role.CLERK_NAME)
    public OutgoingDocument draft(OutgoingDraft draft) {
        Caller caller = directory.caller();
        for (Recipient recipient : draft.recipients() == null ? List.<Recipient>of() : draft.recipients()) {
            directory.agency(recipient.agency());
        }
        OutgoingDocument document = new OutgoingDocument(caller.agency(), draft, caller.username(), clock.instant());
        em.persist(document);
        em.flush();
        audit.record(AuditAction.DOCUMENT_CREATED, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                document.documentType().label());
        return document;
    }

    /** Cấp số: the next number of the agency's register for the year, in the document's series. */
    @RolesAllowed(Role.CLERK_NAME)
    public OutgoingDocument issue(long id) {
        Caller caller = directory.caller();
        OutgoingDocument document = ownDocument(id, caller);
        if (document.status() != OutgoingStatus.DRAFT) {
            throw new DocumentStateException("document.alreadyIssued", document.number().map(DocumentNumber::format).orElse(""));
        }
        Instant now = clock.instant();
        RegisterKey key = document.registerKey(now);
        document.issue(key, registers.next(key), caller.username(), now);
        audit.record(AuditAction.DOCUMENT_NUMBER_ISSUED, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                document.number().orElseThrow().format() + " (" + key.series() + " " + key.year() + ")");
        return document;
    }

    public OutgoingDocument find(long id) {
        Caller caller = directory.caller();
        OutgoingDocument document = em.find(OutgoingDocument.class, id);
        if (document == null || !caller.mayView(document.agency())) {
            throw new UnknownDocumentException(id);
        }
        return document;
    }

    /** The caller's agency's outgoing documents, newest first. */
    public List<OutgoingDocument> ofMyAgency(int first, int max) {
        return em.createNamedQuery("OutgoingDocument.findByAgency", OutgoingDocument.class)
                .setParameter("agency", directory.caller().agency().value())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList();
    }

    private OutgoingDocument ownDocument(long id, Caller caller) {
        OutgoingDocument document = em.find(OutgoingDocument.class, id);
        if (document == null || !caller.mayView(document.agency())) {
            throw new UnknownDocumentException(id);
        }
        if (!document.agency().equals(caller.agency())) {
            throw new AccessDeniedException("access.otherAgency", document.agency().value());
        }
        return document;
    }

    private static String subject(OutgoingDocument document) {
        return "outgoing:" + document.id();
    }
}
