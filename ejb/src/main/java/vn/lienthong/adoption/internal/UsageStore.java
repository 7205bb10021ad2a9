package vn.lienthong.adoption.internal;

import vn.lienthong.adoption.UsageEvent;
import vn.lienthong.adoption.UsageEventKind;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stores usage events and keeps {@code mailbox_day} (and {@code mailbox_month} from it) in step, in the caller's
 * transaction. Writers take the
 * {@code store.writer} row lock first, so that "insert if absent" is exact on H2 and PostgreSQL alike with one
 * portable statement, and the insert counts say precisely which events are new: only those are added to the
 * per-day aggregates, which therefore never count an event twice and never need a recount.
 */
public final class UsageStore {

    /** Rows per JDBC batch: large enough to amortise round trips, small enough to keep memory flat. */
    static final int BATCH = 2_000;

    private static final String LOCK =
            "SELECT setting_value FROM adoption_setting WHERE setting_name = 'store.writer' FOR UPDATE";
    private static final String INSERT_IF_ABSENT = "INSERT INTO usage_event "
            + "(event_id, kind, mailbox, occurred_at, event_day, client, host) "
            + "SELECT CAST(? AS CHAR(32)), CAST(? AS VARCHAR(24)), CAST(? AS VARCHAR(254)), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS DATE), CAST(? AS VARCHAR(12)), CAST(? AS VARCHAR(255)) "
            + "FROM adoption_setting WHERE setting_name = 'store.writer' "
            + "AND NOT EXISTS (SELECT 1 FROM usage_event WHERE event_id = ?)";
    private static final String ADD_TO_DAY = "UPDATE mailbox_day SET webmail_logins = webmail_logins + ?, "
            + "webmail_reads = webmail_reads + ?, imap_logins = imap_logins + ?, pop3_logins = pop3_logins + ?, "
            + "failed_logins = failed_logins + ?, messages_sent = messages_sent + ?, "
            + "messages_received = messages_received + ?, active = (active OR ?) "
            + "WHERE mailbox = ? AND activity_day = ?";
    private static final String NEW_DAY = "INSERT INTO mailbox_day (webmail_logins, webmail_reads, imap_logins, "
            + "pop3_logins, failed_logins, messages_sent, messages_received, active, mailbox, activity_day) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ZoneId zone;

    public UsageStore(ZoneId zone) {
        this.zone = zone;
    }

    /** The events that were new, by kind, and how many were already stored. */
    public record Stored(long newEvents, long duplicates, Map<UsageEventKind, Long> newByKind) {
    }

    public Stored store(Connection connection, List<UsageEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return new Stored(0, 0, Map.of());
        }
        lock(connection);
        List<UsageEvent> inserted = insertIfAbsent(connection, events);
        List<DayCounts> days = DayCounts.tally(inserted, zone);
        addToDays(connection, days);
        Set<MailboxMonths.Key> months = new LinkedHashSet<>();
        days.forEach(d -> months.add(new MailboxMonths.Key(d.mailbox.address(), d.day.withDayOfMonth(1))));
        MailboxMonths.recount(connection, months);
        Map<UsageEventKind, Long> byKind = new TreeMap<>();
        inserted.forEach(e -> byKind.merge(e.kind(), 1L, Long::sum));
        return new Stored(inserted.size(), events.size() - inserted.size(), byKind);
    }

    /** Takes the writer lock until the caller's transaction ends. */
    static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK); ResultSet row = lock.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("adoption_setting has no store.writer row: migration V6 not applied");
            }
        }
    }

    private List<UsageEvent> insertIfAbsent(Connection connection, List<UsageEvent> events) throws SQLException {
        List<UsageEvent> inserted = new ArrayList<>(events.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
            int from = 0;
            while (from < events.size()) {
                int to = Math.min(events.size(), from + BATCH);
                for (UsageEvent event : events.subList(from, to)) {
                    String id = event.id().hex();
                    insert.setString(1, id);
                    insert.setString(2, event.kind().name());
                    insert.setString(3, event.mailbox().address());
                    insert.setTimestamp(4, Timestamp.from(event.instant()));
                    insert.setDate(5, Date.valueOf(LocalDate.ofInstant(event.instant(), zone)));
                    insert.setString(6, event.client().name());
                    insert.setString(7, truncate(event.host(), 255));
                    insert.setString(8, id);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    // SUCCESS_NO_INFO never comes from H2 or PostgreSQL for a plain batch; treat it as inserted.
                    if (counts[i] != 0) {
                        inserted.add(events.get(from + i));
                    }
                }
                from = to;
            }
        }
        return inserted;
    }

    private static void addToDays(Connection connection, List<DayCounts> days) throws SQLException {
        List<DayCounts> missing = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(ADD_TO_DAY)) {
            for (int from = 0; from < days.size(); from += BATCH) {
                List<DayCounts> chunk = days.subList(from, Math.min(days.size(), from + BATCH));
                for (DayCounts day : chunk) {
                    day.bind(update);
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        missing.add(chunk.get(i));
                    }
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(NEW_DAY)) {
            for (DayCounts day : missing) {
                day.bind(insert);
                insert.addBatch();
            }
            if (!missing.isEmpty()) {
                insert.executeBatch();
            }
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
