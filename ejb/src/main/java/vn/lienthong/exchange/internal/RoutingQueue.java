package vn.lienthong.exchange.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Puts a persisted delivery on the persistent routing queue, inside the caller's transaction: the message exists
 * only if the delivery row commits (JmsXA enlists in the same JTA transaction as the datasource).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RoutingQueue {

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/DocumentRouting")
    Queue queue;

    public void enqueue(long deliveryId) {
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, deliveryId);
    }
}
