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
import vn.lienthong.exchange.internal.IssueSigner;
import vn.lienthong.exchange.internal.Registers;
import vn.lienthong.exchange.internal.RoutingQueue;
import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.Role;
import vn.lienthong.signing.SigningKeyMissingException;

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
    RoutingQueue routing;

    @Inject
    IssueSigner signer;

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

    /**
     * Cấp số: the next number of the agency's register for the year, in the document's series; and in the same
     * transaction every file is signed in the agency's name (decision 051), so that a signing failure takes no number.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public OutgoingDocument issue(long id) {
        Caller caller = directory.caller();
        OutgoingDocument document = ownDocument(id, caller);
        Instant now = clock.instant();
        // The document refuses a second issue itself; the number taken for it then rolls back with the transaction.
        RegisterKey key = document.registerKey(now);
        document.issue(key, registers.next(key), caller.username(), now);
        List<String> signed;
        try {
            signed = signer.sign(document, caller.username());
        } catch (SigningKeyMissingException e) {
            audit.recordRefusal(AuditAction.DOCUMENT_NUMBER_ISSUED, caller.agency().value(), subject(document),
                    "no signing key: " + e.getMessage());
            throw new DocumentStateException("document.issue.noSigningKey", caller.agency().value());
        }
        audit.record(AuditAction.DOCUMENT_NUMBER_ISSUED, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                document.number().orElseThrow().format() + " (" + key.series() + " " + key.year() + ")");
        if (!signed.isEmpty()) {
            audit.record(AuditAction.FILE_SIGNED, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                    String.join("; ", signed));
        }
        return document;
    }

    /**
     * Gửi: one delivery per recipient, persisted and queued in this transaction. A carved-out document is refused
     * before anything is created, and the refused attempt stays in the audit trail.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public List<Delivery> send(long id) {
        Caller caller = directory.caller();
        OutgoingDocument document = ownDocument(id, caller);
        try {
            document.send();
        } catch (CarvedOutException e) {
            audit.recordRefusal(AuditAction.DOCUMENT_REFUSED_CARVE_OUT, caller.agency().value(), subject(document),
                    e.reason().name());
            throw e;
        }
        Instant now = clock.instant();
        List<Delivery> deliveries = document.recipients().stream()
                .map(r -> new Delivery(document.id(), document.agency(), r.agency(), now)).toList();
        for (Delivery delivery : deliveries) {
            em.persist(delivery);
        }
        em.flush();
        for (Delivery delivery : deliveries) {
            em.persist(new DeliveryHistoryEntry(delivery.id(), DeliveryRouting.QUEUED.name(), now, caller.username(), null));
            routing.enqueue(delivery.id());
        }
        audit.record(AuditAction.DOCUMENT_SENT, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                deliveries.size() + " recipient(s)");
        return deliveries;
    }

    /** Each recipient's delivery of one document, for its sender (or an auditor). */
    public List<Delivery> deliveries(long id) {
        find(id);
        return em.createNamedQuery("Delivery.ofDocument", Delivery.class).setParameter("document", id).getResultList();
    }

    public List<DeliveryHistoryEntry> history(long deliveryId) {
        Delivery delivery = em.find(Delivery.class, deliveryId);
        Caller caller = directory.caller();
        if (delivery == null || !(caller.mayView(delivery.sender()) || caller.agency().equals(delivery.recipient()))) {
            throw new UnknownDocumentException(deliveryId);
        }
        return em.createNamedQuery("DeliveryHistoryEntry.ofDelivery", DeliveryHistoryEntry.class)
                .setParameter("delivery", deliveryId).getResultList();
    }

    /** Sends a failed delivery again. */
    @RolesAllowed(Role.CLERK_NAME)
    public Delivery resend(long deliveryId) {
        Caller caller = directory.caller();
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null || !delivery.sender().equals(caller.agency())) {
            throw new UnknownDocumentException(deliveryId);
        }
        OutgoingDocument frozen = em.find(OutgoingDocument.class, delivery.outgoingId());
        if (frozen.frozen()) {
            throw DocumentStateException.frozen(frozen);
        }
        Instant now = clock.instant();
        delivery.requeue(now);
        em.persist(new DeliveryHistoryEntry(deliveryId, DeliveryRouting.QUEUED.name(), now, caller.username(), "gửi lại"));
        routing.enqueue(deliveryId);
        return delivery;
    }

    public OutgoingDocument find(long id) {
        return visible(id, directory.caller());
    }

    /** The caller's agency's outgoing documents, newest first. */
    public List<OutgoingDocument> ofMyAgency(int first, int max) {
        return em.createNamedQuery("OutgoingDocument.findByAgency", OutgoingDocument.class)
                .setParameter("agency", directory.caller().agency().value())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList();
    }

    /** To anyone who may not see it, a document does not exist. */
    private OutgoingDocument visible(long id, Caller caller) {
        OutgoingDocument document = em.find(OutgoingDocument.class, id);
        if (document == null || document.isImported() || !caller.mayView(document.agency())) {
            throw new UnknownDocumentException(id);
        }
        return document;
    }

    /** Only the sender's own clerks act on a document; auditors may see it, not change it. */
    private OutgoingDocument ownDocument(long id, Caller caller) {
        OutgoingDocument document = visible(id, caller);
        if (!document.agency().equals(caller.agency())) {
            throw new AccessDeniedException("access.otherAgency", document.agency().value());
        }
        return document;
    }

    private static String subject(OutgoingDocument document) {
        return "outgoing:" + document.id();
    }
}
