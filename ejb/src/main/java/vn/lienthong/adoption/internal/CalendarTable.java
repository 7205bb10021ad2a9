package vn.lienthong.adoption.internal;

import vn.lienthong.adoption.CalendarDayKind;
import vn.lienthong.adoption.CalendarEntry;
import vn.lienthong.adoption.StoredCalendar;
import vn.lienthong.adoption.WorkingCalendar;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The working calendar in the database: one row per date covered, with whether it is a working day, so that figures
 * join it. Seeded once from the shipped calendar; an administrator's correction changes one row.
 */
public final class CalendarTable {

    private CalendarTable() {
    }

    /** Fills an empty table with every date of the shipped calendar's years; a filled one is left alone. */
    public static int seedIfEmpty(Connection connection, WorkingCalendar shipped) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM calendar_day")) {
            r.next();
            if (r.getLong(1) > 0 || shipped.exceptions().isEmpty()) {
                return 0;
            }
        }
        LocalDate first = shipped.exceptions().get(0).date().withDayOfYear(1);
        LocalDate last = shipped.exceptions().get(shipped.exceptions().size() - 1).date().withMonth(12).withDayOfMonth(31);
        int rows = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO calendar_day "
                + "(calendar_date, working, exception, label, month_first, month_last) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                CalendarEntry entry = shipped.exception(day).orElse(null);
                insert.setDate(1, Date.valueOf(day));
                insert.setBoolean(2, shipped.isWorkingDay(day));
                insert.setString(3, entry == null ? null : entry.kind().name());
                insert.setString(4, entry == null ? "" : entry.name());
                insert.setDate(5, Date.valueOf(day.withDayOfMonth(1)));
                insert.setDate(6, Date.valueOf(day.withDayOfMonth(day.lengthOfMonth())));
                insert.addBatch();
                rows++;
            }
            insert.executeBatch();
        }
        MailboxMonths.recountAll(connection); // day rows stored before the calendar existed now count
        return rows;
    }

    public static StoredCalendar load(Connection connection) throws SQLException {
        List<CalendarEntry> entries = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT MIN(calendar_date), MAX(calendar_date) FROM calendar_day")) {
            if (r.next() && r.getDate(1) != null) {
                first = r.getDate(1).toLocalDate();
                last = r.getDate(2).toLocalDate();
            }
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT calendar_date, exception, label FROM calendar_day WHERE exception IS NOT NULL ORDER BY calendar_date")) {
            while (r.next()) {
                entries.add(new CalendarEntry(r.getDate(1).toLocalDate(), CalendarDayKind.valueOf(r.getString(2)),
                        r.getString(3)));
            }
        }
        return new StoredCalendar(new WorkingCalendar(entries), first, last);
    }

    /**
     * Sets a date's kind: an exception with its name, or {@code null} for an ordinary weekday or weekend day.
     *
     * @return whether the date is covered (and so was changed); the month's aggregates are rebuilt, under the
     * store's writer lock, since the date's working flag decides their active working days
     */
    public static boolean correct(Connection connection, LocalDate day, CalendarDayKind kind, String name)
            throws SQLException {
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        boolean working = kind == null ? !weekend : kind == CalendarDayKind.MAKEUP_WORKDAY;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE calendar_day SET working = ?, exception = ?, label = ? WHERE calendar_date = ?")) {
            update.setBoolean(1, working);
            update.setString(2, kind == null ? null : kind.name());
            update.setString(3, kind == null || name == null ? "" : name.strip());
            update.setDate(4, Date.valueOf(day));
            UsageStore.lock(connection);
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        MailboxMonths.recountMonth(connection, day.withDayOfMonth(1));
        return true;
    }
}
