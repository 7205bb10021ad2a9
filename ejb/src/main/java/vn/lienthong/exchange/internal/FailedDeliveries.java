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
import vn.lienthong.exchange.Delivery;
import vn.lienthong.exchange.DeliveryHistoryEntry;
import vn.lienthong.exchange.DeliveryRouting;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Consumes the dead-letter queue: a delivery that redelivery gave up on is marked failed, so that the sender sees it
 * and can send it again. Nothing is lost: the delivery row and the document stay.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/DocumentRoutingDLQ"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
@PermitAll
public class FailedDeliveries implements MessageListener {

    private static final Logger LOG = Logger.getLogger(FailedDeliveries.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void onMessage(Message message) {
        try {
            long deliveryId = message.getBody(Long.class);
            Delivery delivery = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
            if (delivery != null && delivery.routing() == DeliveryRouting.QUEUED) {
                delivery.fail("redelivery gave up after " + message.getIntProperty("JMSXDeliveryCount") + " attempts", clock.instant());
                em.persist(new DeliveryHistoryEntry(deliveryId, DeliveryRouting.FAILED.name(), clock.instant(), "system",
                        delivery.lastError().orElse(null)));
                LOG.warning(() -> "Delivery " + deliveryId + " parked as failed");
            }
        } catch (JMSException e) {
            LOG.warning(() -> "Unreadable dead letter dropped: " + e.getMessage());
        }
    }
}
