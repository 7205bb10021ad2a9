package vn.lienthong.adoption.internal;

import vn.lienthong.adoption.MailboxActivity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures' reads, all from {@code mailbox_day} joined to the postings and the calendar: one grouped query per
 * report, so that a city of ten thousand leaders costs one pass over the period's day rows and never a raw event.
 */
public final class FigureQueries {

    /** One posting's use in one month of the period. */
    public record PostingMonth(long postingId, YearMonth month, int activeDays, int activeWorkingDays,
                               long webmailLogins, long imapLogins, long pop3Logins, long sent, long received,
                               LocalDate lastActive) {
    }

    private static final String BY_POSTING_AND_MONTH = "SELECT o.id, c.month_first, "
            + "SUM(CASE WHEN d.active THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN d.active AND c.working THEN 1 ELSE 0 END), "
            + "SUM(d.webmail_logins), SUM(d.imap_logins), SUM(d.pop3_logins), SUM(d.messages_sent), "
            + "SUM(d.messages_received), MAX(CASE WHEN d.active THEN d.activity_day END) "
            + "FROM official_posting o "
            + "JOIN mailbox_day d ON d.mailbox = o.mailbox AND d.activity_day >= o.effective_from "
            + "AND (o.effective_to IS NULL OR d.activity_day <= o.effective_to) "
            + "JOIN calendar_day c ON c.calendar_date = d.activity_day "
            + "WHERE d.activity_day BETWEEN ? AND ? AND o.effective_from <= ? "
            + "AND (o.effective_to IS NULL OR o.effective_to >= ?) "
            + "GROUP BY o.id, c.month_first";

    private static final String MAILBOX = "SELECT SUM(CASE WHEN active THEN 1 ELSE 0 END), SUM(webmail_logins), "
            + "SUM(webmail_reads), SUM(imap_logins), SUM(pop3_logins), SUM(failed_logins), SUM(messages_sent), "
            + "SUM(messages_received), MAX(CASE WHEN active THEN activity_day END) "
            + "FROM mailbox_day WHERE mailbox = ? AND activity_day BETWEEN ? AND ?";

    private FigureQueries() {
    }

    public static List<PostingMonth> byPostingAndMonth(Connection connection, LocalDate first, LocalDate last)
            throws SQLException {
        List<PostingMonth> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(BY_POSTING_AND_MONTH)) {
            s.setDate(1, Date.valueOf(first));
            s.setDate(2, Date.valueOf(last));
            s.setDate(3, Date.valueOf(last));
            s.setDate(4, Date.valueOf(first));
            s.setFetchSize(5_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Date lastActive = r.getDate(10);
                    rows.add(new PostingMonth(r.getLong(1), YearMonth.from(r.getDate(2).toLocalDate()), r.getInt(3),
                            r.getInt(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9),
                            lastActive == null ? null : lastActive.toLocalDate()));
                }
            }
        }
        return rows;
    }

    public static MailboxActivity mailbox(Connection connection, String mailbox, LocalDate first, LocalDate last)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(MAILBOX)) {
            s.setString(1, mailbox);
            s.setDate(2, Date.valueOf(first));
            s.setDate(3, Date.valueOf(last));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Date lastActive = r.getDate(9);
                return new MailboxActivity(mailbox, first, last, r.getInt(1), r.getLong(2), r.getLong(3),
                        r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8),
                        lastActive == null ? null : lastActive.toLocalDate());
            }
        }
    }
}
