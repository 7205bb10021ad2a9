package vn.lienthong.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.ExchangeReach;
import vn.lienthong.exchange.Delivery;
import vn.lienthong.exchange.DeliveryHistoryEntry;
import vn.lienthong.exchange.DeliveryRouting;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.OutgoingDocument;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Consumes the routing queue: each message names one delivery. Inside LienThong the delivery becomes an incoming
 * document in the recipient's inbox, its signatures checked once on arrival; for the national platform it becomes an edXML package in the outbox. The message
 * is consumed in the same transaction, so a failure rolls back and Artemis redelivers with back-off
 * (config/20-messaging.cli). A replayed message finds the delivery no longer queued and changes nothing.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/DocumentRouting"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")})
@PermitAll
public class DeliveryRouter implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeliveryRouter.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    EdxmlOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ArrivalSignatures arrivalSignatures;

    @Inject
    Clock clock;

    @Override
    public void onMessage(Message message) {
        long deliveryId;
        try {
            deliveryId = message.getBody(Long.class);
        } catch (JMSException e) {
            LOG.warning(() -> "Routing message without a delivery id dropped: " + e.getMessage());
            return;
        }
        Delivery delivery = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.routing() != DeliveryRouting.QUEUED) {
            LOG.fine(() -> "Delivery " + deliveryId + " is not queued: replayed message ignored");
            return;
        }
        Instant now = clock.instant();
        Agency recipient = em.find(Agency.class, delivery.recipient().value());
        if (recipient.reach() == ExchangeReach.NATIONAL_PLATFORM) {
            OutgoingDocument document = em.find(OutgoingDocument.class, delivery.outgoingId());
            outbox.export(delivery, document, em.find(Agency.class, delivery.sender().value()), recipient, now);
            delivery.exported(now);
        } else {
            delivery.arrive(now);
            // Stored by the check, with its verdict: one insert rather than an insert and an update (decision 043).
            arrivalSignatures.checkStored(new IncomingDocument(delivery, now));
        }
        em.persist(new DeliveryHistoryEntry(deliveryId, delivery.status().map(Enum::name).orElse(delivery.routing().name()),
                now, "system", null));
        audit.record(AuditAction.DOCUMENT_DELIVERED, recipient.code().value(), "delivery:" + deliveryId,
                AuditOutcome.SUCCESS, delivery.routing().name());
    }
}
