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
 * The figures' reads, from {@code mailbox_month} and {@code mailbox_day} joined to the postings and the calendar: a
 * few grouped queries per report, so that a city of ten thousand leaders costs one pass over the period's month rows
 * (and the day rows of partial months) and never a raw event.
 */
public final class FigureQueries {

    /** One posting's use in one month of the period. */
    public record PostingMonth(long postingId, YearMonth month, int activeDays, int activeWorkingDays,
                               long webmailLogins, long imapLogins, long pop3Logins, long sent, long received,
                               LocalDate lastActive) {
    }

    private static final String SUMS = "SELECT o.id, c.month_first, "
            + "SUM(CASE WHEN d.active THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN d.active AND c.working THEN 1 ELSE 0 END), "
            + "SUM(d.webmail_logins), SUM(d.imap_logins), SUM(d.pop3_logins), SUM(d.messages_sent), "
            + "SUM(d.messages_received), MAX(CASE WHEN d.active THEN d.activity_day END) "
            + "FROM official_posting o "
            + "JOIN mailbox_day d ON d.mailbox = o.mailbox AND d.activity_day >= o.effective_from "
            + "AND (o.effective_to IS NULL OR d.activity_day <= o.effective_to) "
            + "JOIN calendar_day c ON c.calendar_date = d.activity_day "
            + "WHERE d.activity_day BETWEEN ? AND ? AND o.effective_from <= ? "
            + "AND (o.effective_to IS NULL OR o.effective_to >= ?) ";
    private static final String GROUP = "GROUP BY o.id, c.month_first";

    /** Every day row of the period: for the period's partial months. */
    private static final String DAYS = SUMS + GROUP;

    /** Postings that start or end inside the whole months: their share of such a month is not the month's row. */
    private static final String PARTIAL_POSTINGS = "SELECT id, mailbox, effective_from, effective_to "
            + "FROM official_posting WHERE effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?) "
            + "AND (effective_from > ? OR effective_to < ?)";

    /** One mailbox's day rows in a few days of one month, driven by the mailbox's key whatever the planner thinks. */
    private static final String MAILBOX_DAYS = "SELECT CAST(? AS BIGINT), c.month_first, "
            + "SUM(CASE WHEN d.active THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN d.active AND c.working THEN 1 ELSE 0 END), "
            + "SUM(d.webmail_logins), SUM(d.imap_logins), SUM(d.pop3_logins), SUM(d.messages_sent), "
            + "SUM(d.messages_received), MAX(CASE WHEN d.active THEN d.activity_day END) "
            + "FROM mailbox_day d JOIN calendar_day c ON c.calendar_date = d.activity_day "
            + "WHERE d.mailbox = ? AND d.activity_day >= ? AND d.activity_day <= ? GROUP BY c.month_first";

    /** Month rows of the whole months a posting covers from the first day to the last. */
    private static final String WHOLE_MONTHS = "SELECT o.id, m.month_first, m.active_days, m.active_working_days, "
            + "m.webmail_logins, m.imap_logins, m.pop3_logins, m.messages_sent, m.messages_received, m.last_active "
            + "FROM official_posting o JOIN mailbox_month m ON m.mailbox = o.mailbox "
            + "AND m.month_first >= o.effective_from AND (o.effective_to IS NULL OR m.month_last <= o.effective_to) "
            + "WHERE m.month_first BETWEEN ? AND ? AND o.effective_from <= ? "
            + "AND (o.effective_to IS NULL OR o.effective_to >= ?)";

    private static final String MAILBOX = "SELECT SUM(CASE WHEN active THEN 1 ELSE 0 END), SUM(webmail_logins), "
            + "SUM(webmail_reads), SUM(imap_logins), SUM(pop3_logins), SUM(failed_logins), SUM(messages_sent), "
            + "SUM(messages_received), MAX(CASE WHEN active THEN activity_day END) "
            + "FROM mailbox_day WHERE mailbox = ? AND activity_day BETWEEN ? AND ?";

    private FigureQueries() {
    }

    /**
     * Each posting's use per month of the period. Whole months come from {@code mailbox_month} (one row per mailbox
     * and month); the period's partial first and last months, and the months a posting starts or ends in, from
     * {@code mailbox_day}. Every (posting, month) comes from exactly one of the three reads, so the rows are those one
     * grouped read of the day rows would give.
     */
    public static List<PostingMonth> byPostingAndMonth(Connection connection, LocalDate first, LocalDate last)
            throws SQLException {
        LocalDate wholeFirst = first.getDayOfMonth() == 1 ? first : first.plusMonths(1).withDayOfMonth(1);
        LocalDate lastMonthEnd = last.withDayOfMonth(last.lengthOfMonth());
        LocalDate wholeLast = last.equals(lastMonthEnd) ? last : last.withDayOfMonth(1).minusDays(1);
        List<PostingMonth> rows = new ArrayList<>();
        if (wholeLast.isBefore(wholeFirst)) {
            read(connection, DAYS, rows, first, last, last, first);
            return rows;
        }
        if (first.isBefore(wholeFirst)) {
            read(connection, DAYS, rows, first, wholeFirst.minusDays(1), wholeFirst.minusDays(1), first);
        }
        read(connection, WHOLE_MONTHS, rows, wholeFirst, wholeLast.withDayOfMonth(1), wholeLast, wholeFirst);
        partialPostings(connection, rows, wholeFirst, wholeLast);
        if (last.isAfter(wholeLast)) {
            read(connection, DAYS, rows, wholeLast.plusDays(1), last, last, wholeLast.plusDays(1));
        }
        return rows;
    }

    /**
     * The months inside {@code [wholeFirst, wholeLast]} in which a posting starts after the first day or ends before
     * the last: at most two per posting, each read from its own days. Few postings change in a period, so a handful
     * of key lookups beats any join over the period's day rows (which H2 would otherwise choose).
     */
    private static void partialPostings(Connection connection, List<PostingMonth> rows, LocalDate wholeFirst,
                                        LocalDate wholeLast) throws SQLException {
        List<Object[]> partial = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(PARTIAL_POSTINGS)) {
            s.setDate(1, Date.valueOf(wholeLast));
            s.setDate(2, Date.valueOf(wholeFirst));
            s.setDate(3, Date.valueOf(wholeFirst));
            s.setDate(4, Date.valueOf(wholeLast));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    partial.add(new Object[]{r.getLong(1), r.getString(2), r.getDate(3).toLocalDate(),
                            r.getDate(4) == null ? null : r.getDate(4).toLocalDate()});
                }
            }
        }
        if (partial.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(MAILBOX_DAYS)) {
            for (Object[] p : partial) {
                long id = (Long) p[0];
                String mailbox = (String) p[1];
                LocalDate from = (LocalDate) p[2];
                LocalDate to = p[3] == null ? wholeLast : min((LocalDate) p[3], wholeLast);
                LocalDate start = from.isBefore(wholeFirst) ? wholeFirst : from;
                if (from.isAfter(wholeFirst) && from.getDayOfMonth() > 1) { // starts inside a month
                    LocalDate end = min(to, from.withDayOfMonth(from.lengthOfMonth()));
                    read(s, rows, id, mailbox, from, end);
                    start = end.plusDays(1);
                }
                LocalDate monthOfEnd = to.withDayOfMonth(1);
                if (p[3] != null && to.equals(p[3]) && to.getDayOfMonth() < to.lengthOfMonth()
                        && !monthOfEnd.isBefore(start.withDayOfMonth(1)) && !to.isBefore(start)) { // ends inside one
                    read(s, rows, id, mailbox, start.isAfter(monthOfEnd) ? start : monthOfEnd, to);
                }
            }
        }
    }

    private static void read(PreparedStatement s, List<PostingMonth> rows, long posting, String mailbox,
                             LocalDate first, LocalDate last) throws SQLException {
        s.setLong(1, posting);
        s.setString(2, mailbox);
        s.setDate(3, Date.valueOf(first));
        s.setDate(4, Date.valueOf(last));
        collect(s, rows);
    }

    private static void read(Connection connection, String sql, List<PostingMonth> rows, LocalDate... parameters)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setDate(i + 1, Date.valueOf(parameters[i]));
            }
            s.setFetchSize(5_000);
            collect(s, rows);
        }
    }

    private static void collect(PreparedStatement s, List<PostingMonth> rows) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Date lastActive = r.getDate(10);
                rows.add(new PostingMonth(r.getLong(1), YearMonth.from(r.getDate(2).toLocalDate()), r.getInt(3),
                        r.getInt(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9),
                        lastActive == null ? null : lastActive.toLocalDate()));
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
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
