package vn.lienthong.adoption.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Keeps {@code mailbox_month} equal to its month's {@code mailbox_day} rows added up over the calendar. A row is
 * rebuilt from at most 31 day rows, never from raw events, whenever those day rows or the month's calendar change, so
 * that a year-long report reads twelve rows per mailbox instead of three hundred.
 */
public final class MailboxMonths {

    /** One mailbox's month, by the month's first day. */
    public record Key(String mailbox, LocalDate monthFirst) {
    }

    private static final String SUMS = "SELECT d.mailbox, c.month_first, c.month_last, "
            + "SUM(CASE WHEN d.active THEN 1 ELSE 0 END), SUM(CASE WHEN d.active AND c.working THEN 1 ELSE 0 END), "
            + "SUM(d.webmail_logins), SUM(d.imap_logins), SUM(d.pop3_logins), SUM(d.messages_sent), "
            + "SUM(d.messages_received), MAX(CASE WHEN d.active THEN d.activity_day END) "
            + "FROM mailbox_day d JOIN calendar_day c ON c.calendar_date = d.activity_day ";
    private static final String INSERT = "INSERT INTO mailbox_month (mailbox, month_first, month_last, active_days, "
            + "active_working_days, webmail_logins, imap_logins, pop3_logins, messages_sent, messages_received, "
            + "last_active) ";
    private static final String GROUP = " GROUP BY d.mailbox, c.month_first, c.month_last";

    private MailboxMonths() {
    }

    /** Rebuilds the given mailbox-months, in the caller's transaction (under the store's writer lock). */
    public static void recount(Connection connection, Collection<Key> months) throws SQLException {
        if (months.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM mailbox_month WHERE mailbox = ? AND month_first = ?");
             PreparedStatement insert = connection.prepareStatement(INSERT + SUMS
                     + "WHERE d.mailbox = ? AND d.activity_day >= ? AND d.activity_day <= ?" + GROUP)) {
            int pending = 0;
            for (Key key : months) {
                delete.setString(1, key.mailbox());
                delete.setDate(2, Date.valueOf(key.monthFirst()));
                delete.addBatch();
                insert.setString(1, key.mailbox());
                insert.setDate(2, Date.valueOf(key.monthFirst()));
                insert.setDate(3, Date.valueOf(key.monthFirst().withDayOfMonth(key.monthFirst().lengthOfMonth())));
                insert.addBatch();
                if (++pending == UsageStore.BATCH) {
                    delete.executeBatch();
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                delete.executeBatch();
                insert.executeBatch();
            }
        }
    }

    /** Rebuilds every mailbox's row for one month: after a calendar correction changed its working days. */
    public static void recountMonth(Connection connection, LocalDate monthFirst) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mailbox_month WHERE month_first = ?");
             PreparedStatement insert = connection.prepareStatement(INSERT + SUMS
                     + "WHERE d.activity_day >= ? AND d.activity_day <= ?" + GROUP)) {
            delete.setDate(1, Date.valueOf(monthFirst));
            delete.executeUpdate();
            insert.setDate(1, Date.valueOf(monthFirst));
            insert.setDate(2, Date.valueOf(monthFirst.withDayOfMonth(monthFirst.lengthOfMonth())));
            insert.executeUpdate();
        }
    }

    /** Rebuilds the whole table, month by month: after the calendar was first seeded, or day rows loaded in bulk. */
    public static void recountAll(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM mailbox_month")) {
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT + SUMS + GROUP)) {
            s.executeUpdate();
        }
    }
}
