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
import vn.lienthong.platform.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Thu hồi, cập nhật, thay thế: the sender's clerk asks one recipient (13), the recipient's clerk agrees (15) or
 * refuses (16). An agreed recall or replacement takes the copy out of the recipient's inbox (the row stays, for the
 * audit) and freezes the sender's record. Each step is a line of the delivery's history, which the sender reads.
 * Only the two agencies of the delivery take part; to anyone else the delivery does not exist.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class DeliveryRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The sender asks; {@code replacementId} names the replacing document of a {@link RequestKind#REPLACE}. */
    @RolesAllowed(Role.CLERK_NAME)
    public DeliveryRequest ask(long deliveryId, RequestKind kind, String reason, Long replacementId) {
        Caller caller = directory.caller();
        Delivery delivery = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.sender().equals(caller.agency())) {
            throw new UnknownDocumentException(deliveryId);
        }
        if (kind == null) {
            throw new vn.lienthong.platform.InvalidInputException("document.field.required", "kind");
        }
        OutgoingDocument document = em.find(OutgoingDocument.class, delivery.outgoingId());
        if (kind != RequestKind.RECALL && document.frozen()) {
            throw new DocumentStateException("document.frozen");
        }
        if (!em.createNamedQuery("DeliveryRequest.pendingOfDelivery", DeliveryRequest.class)
                .setParameter("delivery", deliveryId).getResultList().isEmpty()) {
            throw new DocumentStateException("request.pending");
        }
        if (kind == RequestKind.REPLACE) {
            requireReplacement(document, replacementId);
        }
        Instant now = clock.instant();
        DeliveryRequest request = new DeliveryRequest(delivery, kind, reason, replacementId, caller.username(), now);
        if (kind.removesCopy()) {
            delivery.moveTo(DeliveryStatus.RECALL_REQUESTED, now);
        } else if (delivery.status().map(DeliveryStatus::isFinal).orElse(true)) {
            throw new DocumentStateException("request.deliveryClosed");
        }
        em.persist(request);
        em.flush();
        step(delivery, request, caller, now, request.reason());
        audit.record(AuditAction.DELIVERY_REQUESTED, caller.agency().value(), "outgoing:" + document.id(),
                AuditOutcome.SUCCESS, kind + " → " + delivery.recipient().value() + ": " + request.reason());
        return request;
    }

    private void requireReplacement(OutgoingDocument replaced, Long replacementId) {
        if (replacementId == null) {
            return; // the request itself says a replacement is required
        }
        OutgoingDocument replacement = em.find(OutgoingDocument.class, replacementId);
        if (replacement == null || !replacement.agency().equals(replaced.agency())) {
            throw new UnknownDocumentException(replacementId);
        }
        if (replacement.id().equals(replaced.id()) || replacement.number().isEmpty()) {
            throw new DocumentStateException("request.replacement.invalid", replacementId);
        }
    }

    /** The recipient answers; a refusal carries its reason. */
    @RolesAllowed(Role.CLERK_NAME)
    public DeliveryRequest answer(long requestId, boolean agree, String note) {
        Caller caller = directory.caller();
        DeliveryRequest request = em.find(DeliveryRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        Delivery delivery = request == null ? null : em.find(Delivery.class, request.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.recipient().equals(caller.agency())) {
            throw new UnknownRequestException(requestId);
        }
        Instant now = clock.instant();
        request.answer(agree, note, caller.username(), now);
        if (request.kind().removesCopy()) {
            delivery.moveTo(agree ? DeliveryStatus.RECALL_AGREED : DeliveryStatus.RECALL_REFUSED, now);
            if (agree) {
                em.find(OutgoingDocument.class, delivery.outgoingId()).freeze();
            }
        }
        step(delivery, request, caller, now, request.answerNote().orElse(null));
        audit.record(agree ? AuditAction.DELIVERY_REQUEST_AGREED : AuditAction.DELIVERY_REQUEST_REFUSED,
                caller.agency().value(), "incoming:" + incomingOf(delivery).id(), AuditOutcome.SUCCESS,
                request.kind() + " " + request.answer().code() + request.answerNote().map(n -> ": " + n).orElse(""));
        if (agree && request.kind().removesCopy()) {
            audit.record(AuditAction.DOCUMENT_RECALLED, delivery.sender().value(), "outgoing:" + delivery.outgoingId(),
                    AuditOutcome.SUCCESS, request.kind() + " agreed by " + delivery.recipient().value());
        }
        return request;
    }

    /** A delivery's requests, for its sender or its recipient. */
    public List<DeliveryRequest> ofDelivery(long deliveryId) {
        Caller caller = directory.caller();
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null || !(caller.mayView(delivery.sender()) || caller.agency().equals(delivery.recipient()))) {
            throw new UnknownDocumentException(deliveryId);
        }
        return em.createNamedQuery("DeliveryRequest.ofDelivery", DeliveryRequest.class)
                .setParameter("delivery", deliveryId).getResultList();
    }

    /** The requests waiting for the caller's agency's answer, oldest first. */
    public List<PendingRequest> pendingForMyAgency() {
        return em.createNamedQuery("DeliveryRequest.pendingFor", Object[].class)
                .setParameter("agency", directory.caller().agency().value()).setMaxResults(500).getResultList()
                .stream().map(row -> new PendingRequest((DeliveryRequest) row[0], (IncomingDocument) row[1])).toList();
    }

    private IncomingDocument incomingOf(Delivery delivery) {
        return em.createNamedQuery("IncomingDocument.ofDelivery", IncomingDocument.class)
                .setParameter("delivery", delivery.id()).getSingleResult();
    }

    private void step(Delivery delivery, DeliveryRequest request, Caller caller, Instant now, String note) {
        em.persist(new DeliveryHistoryEntry(delivery.id(), request.kind().step(request.answer()), now,
                caller.username(), note));
    }
}
