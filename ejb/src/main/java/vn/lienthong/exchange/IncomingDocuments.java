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
import vn.lienthong.directory.Caller;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.exchange.internal.Registers;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Văn bản đến: the recipient agency's clerks see their inbox, accept (with the next số đến), return with a reason,
 * and assign. Every step is a status of the delivery, which is what the sender reads. Another agency's incoming
 * document does not exist for the caller.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME})
public class IncomingDocuments {

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

    public List<IncomingDocument> inbox(int first, int max) {
        return em.createNamedQuery("IncomingDocument.inbox", IncomingDocument.class)
                .setParameter("agency", directory.caller().agency().value())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    /** The caller's agency's incoming documents in one status (01: still to accept or return), newest first. */
    public List<IncomingDocument> inbox(DeliveryStatus status, int first, int max) {
        return em.createNamedQuery("IncomingDocument.inboxInStatus", IncomingDocument.class)
                .setParameter("agency", directory.caller().agency().value()).setParameter("status", status)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    /** The caller's own work: incoming documents of their agency assigned to them, newest first. */
    public List<IncomingDocument> assignedToMe(int first, int max) {
        Caller caller = directory.caller();
        return em.createNamedQuery("IncomingDocument.assignedTo", IncomingDocument.class)
                .setParameter("agency", caller.agency().value())
                .setParameter("assignee", caller.username())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    public IncomingDocument find(long id) {
        return own(id, directory.caller(), false);
    }

    /** The outgoing document an incoming one came from: its metadata is what the recipient reads. */
    public OutgoingDocument original(IncomingDocument incoming) {
        return em.find(OutgoingDocument.class, incoming.delivery().outgoingId());
    }

    /**
     * The originals of a page of the caller's incoming documents, by incoming id, in one query: a list shown with
     * its senders' metadata would otherwise load them one by one.
     */
    public Map<Long, OutgoingDocument> originals(List<IncomingDocument> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Caller caller = directory.caller();
        for (IncomingDocument incoming : page) {
            if (!incoming.agency().equals(caller.agency())) {
                throw new UnknownDocumentException(incoming.id());
            }
        }
        Map<Long, OutgoingDocument> byId = em.createNamedQuery("OutgoingDocument.byIds", OutgoingDocument.class)
                .setParameter("ids", page.stream().map(i -> i.delivery().outgoingId()).distinct().toList())
                .getResultStream().collect(Collectors.toMap(OutgoingDocument::id, d -> d));
        return page.stream().collect(Collectors.toMap(IncomingDocument::id, i -> byId.get(i.delivery().outgoingId())));
    }

    /** Tiếp nhận with a VALID signature, or nothing to check: no decision about an INDETERMINATE one. */
    @RolesAllowed(Role.CLERK_NAME)
    public IncomingDocument accept(long id) {
        return accept(id, false, null);
    }

    /**
     * Tiếp nhận (03) with the next số đến. An INVALID signature refuses it (the clerk returns it instead); an
     * INDETERMINATE one needs {@code acceptIndeterminate} and a note, and the decision goes into the audit trail.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public IncomingDocument accept(long id, boolean acceptIndeterminate, String note) {
        Caller caller = directory.caller();
        IncomingDocument incoming = own(id, caller, true);
        String decision = acceptIndeterminate ? (note == null ? "" : note) : null;
        try {
            incoming.requireAcceptable(decision);
        } catch (DocumentStateException e) {
            audit.recordRefusal(AuditAction.DOCUMENT_STATUS_CHANGED, caller.agency().value(), "incoming:" + id,
                    "accept refused: signature " + incoming.signatureVerdict().orElseThrow() + " "
                            + incoming.signatureReason().orElseThrow());
            throw e;
        }
        Instant now = clock.instant();
        RegisterKey key = RegisterKey.at(caller.agency(), RegisterKind.INCOMING, RegisterSeries.NORMAL, now);
        incoming.accept(key, registers.next(key), caller.username(), now, decision);
        incoming.signatureDecision().ifPresent(why -> audit.record(AuditAction.SIGNATURE_DECIDED,
                caller.agency().value(), "incoming:" + id, AuditOutcome.SUCCESS,
                "accepted despite " + incoming.signatureVerdict().orElseThrow() + " "
                        + incoming.signatureReason().orElseThrow() + ": " + why));
        return changed(incoming, caller, now, "số đến " + incoming.arrivalNumber().orElseThrow());
    }

    /** What checking its signatures on arrival found, file by file (and the edXML envelope), in that order. */
    public List<SignatureCheck> signatureChecks(long id) {
        IncomingDocument incoming = own(id, directory.caller(), false);
        return em.createNamedQuery("SignatureCheck.ofIncoming", SignatureCheck.class)
                .setParameter("incoming", incoming.id()).getResultList();
    }

    @RolesAllowed(Role.CLERK_NAME)
    public IncomingDocument returnToSender(long id, String reason) {
        Caller caller = directory.caller();
        IncomingDocument incoming = own(id, caller, true);
        Instant now = clock.instant();
        incoming.returnToSender(reason, now);
        return changed(incoming, caller, now, incoming.returnReason().orElse(null));
    }

    @RolesAllowed(Role.CLERK_NAME)
    public IncomingDocument assign(long id, String username) {
        Caller caller = directory.caller();
        IncomingDocument incoming = own(id, caller, true);
        List<UserAccount> colleagues = directory.people(caller.agency());
        if (username == null || colleagues.stream().noneMatch(u -> u.username().equals(username))) {
            throw new InvalidInputException("document.assignee.otherAgency");
        }
        Instant now = clock.instant();
        incoming.assignTo(username, now);
        return changed(incoming, caller, now, username);
    }

    /** Đang xử lý (05) and hoàn thành (06): the assignee or a clerk marks progress. */
    public IncomingDocument progress(long id, DeliveryStatus next) {
        if (next != DeliveryStatus.IN_PROGRESS && next != DeliveryStatus.DONE) {
            throw new InvalidInputException("delivery.status.illegal", "", next.code());
        }
        Caller caller = directory.caller();
        IncomingDocument incoming = own(id, caller, true);
        Instant now = clock.instant();
        incoming.delivery().moveTo(next, now);
        return changed(incoming, caller, now, null);
    }

    private IncomingDocument changed(IncomingDocument incoming, Caller caller, Instant now, String note) {
        String status = incoming.delivery().status().orElseThrow().name();
        em.persist(new DeliveryHistoryEntry(incoming.delivery().id(), status, now, caller.username(), note));
        audit.record(AuditAction.DOCUMENT_STATUS_CHANGED, caller.agency().value(), "incoming:" + incoming.id(),
                AuditOutcome.SUCCESS, status + (note == null ? "" : ": " + note));
        return incoming;
    }

    private IncomingDocument own(long id, Caller caller, boolean forUpdate) {
        IncomingDocument incoming = forUpdate
                ? em.find(IncomingDocument.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(IncomingDocument.class, id);
        if (incoming == null || !incoming.agency().equals(caller.agency()) || incoming.withdrawn()) {
            throw new UnknownDocumentException(id);
        }
        return incoming;
    }
}
