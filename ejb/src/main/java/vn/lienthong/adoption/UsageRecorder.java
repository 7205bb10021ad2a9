package vn.lienthong.adoption;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import vn.lienthong.adoption.internal.UsageStore;
import vn.lienthong.platform.ClockProducer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Ghi nhận sử dụng: stores usage events once each and adds the new ones to the per-day aggregates that reports
 * read. The webmail view fires each login, read and sending as a CDI event, observed here in the webmail request's
 * transaction; log imports hand over their events in chunks, each chunk a transaction of its own.
 */
@Stateless
@PermitAll
public class UsageRecorder {

    @Resource(lookup = "java:jboss/datasources/LienThongDS")
    DataSource dataSource;

    /** What storing some events did. */
    public record Recorded(long newEvents, long duplicates, Map<UsageEventKind, Long> newByKind) {
    }

    /** A webmail event (login, message read, message sent). A retried request records nothing twice. */
    public void on(@Observes UsageEvent event) {
        record(List.of(event));
    }

    /** Stores what is not stored yet, with JDBC batches; events already stored are counted as duplicates. */
    public Recorded record(List<UsageEvent> events) {
        try (Connection connection = dataSource.getConnection()) {
            UsageStore.Stored stored = new UsageStore(ClockProducer.VIETNAM).store(connection, events);
            return new Recorded(stored.newEvents(), stored.duplicates(), stored.newByKind());
        } catch (SQLException e) {
            throw new IllegalStateException("Usage events could not be stored: " + e.getMessage(), e);
        }
    }
}
