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
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Caller;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.StaffInfo;
import vn.lienthong.exchange.edxml.StatusMessage;
import vn.lienthong.exchange.internal.EdxmlOutbox;
import vn.lienthong.exchange.internal.EdxmlPackages;
import vn.lienthong.platform.AccessDeniedException;
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

    @Inject
    EdxmlOutbox outbox;

    @Inject
    EdxmlPackages packages;

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
            throw DocumentStateException.frozen(document);
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
            delivery.requested(kind, now);
        } else if (delivery.status().map(DeliveryStatus::isFinal).orElse(!delivery.onNationalPlatform())) {
            throw new DocumentStateException("request.deliveryClosed");
        }
        em.persist(request);
        em.flush();
        step(delivery, request, caller, now, request.reason());
        if (delivery.onNationalPlatform()) {
            toPlatform(request, delivery, document, caller, now);
        }
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
        if (delivery == null || !delivery.recipient().equals(caller.agency()) || delivery.onNationalPlatform()) {
            // A recipient on the national platform answers by edXML status message (answeredByPlatform), not here.
            throw new UnknownRequestException(requestId);
        }
        Instant now = clock.instant();
        request.answer(agree, note, caller.username(), now);
        settle(request, delivery, caller, now, "incoming:" + incomingOf(delivery).id(), delivery.recipient());
        return request;
    }

    /**
     * A recipient on the national platform answered (15 or 16) in a status message that the sender's clerk imported:
     * it settles the delivery's open request as the recipient's own answer would inside LienThong. The same message
     * imported again changes nothing.
     *
     * @return whether the message had already been applied
     * @throws UnknownRequestException (404) when the delivery never had a request for the platform to answer
     */
    @RolesAllowed(Role.CLERK_NAME)
    public boolean answeredByPlatform(long deliveryId, StatusMessage message) {
        Caller caller = directory.caller();
        Delivery delivery = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.sender().equals(caller.agency())
                || !delivery.recipient().equals(message.from().organId())) {
            throw new UnknownDocumentException(deliveryId);
        }
        if (!delivery.onNationalPlatform()) {
            throw new AccessDeniedException("edxml.status.notOnPlatform", delivery.recipient().value());
        }
        String identity = message.status().code() + " " + message.timestamp();
        List<DeliveryRequest> asked = em.createNamedQuery("DeliveryRequest.ofDelivery", DeliveryRequest.class)
                .setParameter("delivery", deliveryId).getResultList();
        if (asked.stream().anyMatch(r -> r.answeredBy(identity))) {
            return true;
        }
        DeliveryRequest request = asked.stream().filter(r -> r.answer() == RequestAnswer.REQUESTED).findFirst()
                .orElseThrow(() -> asked.isEmpty()
                        ? UnknownRequestException.noneAsked(delivery.recipient().value(), message.status().code())
                        : new DocumentStateException("request.alreadyAnswered", asked.get(asked.size() - 1).answer().label()));
        boolean agree = message.status() == DeliveryStatus.RECALL_AGREED;
        String note = message.description() != null ? message.description() : agree ? null : "(không nêu lý do)";
        Instant now = clock.instant();
        request.answerFromPlatform(agree, note, answerer(message), now, identity);
        settle(request, delivery, caller, now, "delivery:" + delivery.id(), caller.agency());
        return false;
    }

    /** What follows an answer, wherever it came from: the delivery's status, the freeze, the history, the audit. */
    private void settle(DeliveryRequest request, Delivery delivery, Caller caller, Instant now, String subject,
                        AgencyCode recordedFor) {
        boolean agreed = request.answer() == RequestAnswer.AGREED;
        if (request.kind().removesCopy()) {
            delivery.moveTo(agreed ? DeliveryStatus.RECALL_AGREED : DeliveryStatus.RECALL_REFUSED, now);
            if (agreed) {
                em.find(OutgoingDocument.class, delivery.outgoingId()).freeze(request.kind());
            }
        }
        step(delivery, request, caller, now, request.answerNote().orElse(null));
        audit.record(agreed ? AuditAction.DELIVERY_REQUEST_AGREED : AuditAction.DELIVERY_REQUEST_REFUSED,
                recordedFor.value(), subject, AuditOutcome.SUCCESS,
                request.kind() + " " + request.answer().code() + request.answerNote().map(n -> ": " + n).orElse(""));
        if (agreed && request.kind().removesCopy()) {
            audit.record(AuditAction.DOCUMENT_RECALLED, delivery.sender().value(), "outgoing:" + delivery.outgoingId(),
                    AuditOutcome.SUCCESS, request.kind() + " agreed by " + delivery.recipient().value());
        }
    }

    /** The request leaves as an edXML package in the national platform's outbox, beside the document's own. */
    private void toPlatform(DeliveryRequest request, Delivery delivery, OutgoingDocument document, Caller caller, Instant now) {
        OutgoingDocument replacement = request.replacementId().map(id -> em.find(OutgoingDocument.class, id)).orElse(null);
        Agency sender = directory.agency(delivery.sender());
        EdxmlPackage edxml = packages.request(document, replacement, request.kind(), request.reason(),
                new StaffInfo(null, caller.username(), null, null), sender, directory.agency(delivery.recipient()), now);
        request.leftInOutbox(outbox.exportRequest(request, delivery, edxml));
    }

    /** Who answered on the platform's side, as its status message names them. */
    private static String answerer(StatusMessage message) {
        String who = message.staff() != null && message.staff().staff() != null ? message.staff().staff()
                : message.from().organId().value();
        return who.length() <= 64 ? who : who.substring(0, 64);
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
