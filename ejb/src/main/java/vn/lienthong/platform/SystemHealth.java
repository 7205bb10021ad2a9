package vn.lienthong.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Checks what LienThong cannot work without: its database and its routing queue. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemHealth {

    private static final Logger LOG = Logger.getLogger(SystemHealth.class.getName());

    /** One check's outcome; the detail never holds credentials or stack traces. */
    public record Check(boolean up, String detail) {
    }

    @Resource(lookup = "java:jboss/datasources/LienThongDS")
    DataSource dataSource;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/DocumentRouting")
    Queue routingQueue;

    public Map<String, Check> check() {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("database", database());
        checks.put("jms", jms());
        return checks;
    }

    private Check database() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return new Check(valid, connection.getMetaData().getDatabaseProductName());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Database health check failed", e);
            return new Check(false, e.getClass().getSimpleName());
        }
    }

    private Check jms() {
        try (JMSContext context = connectionFactory.createContext();
             QueueBrowser browser = context.createBrowser(routingQueue)) {
            browser.getEnumeration();
            return new Check(true, routingQueue.getQueueName());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "JMS health check failed", e);
            return new Check(false, e.getClass().getSimpleName());
        }
    }
}
