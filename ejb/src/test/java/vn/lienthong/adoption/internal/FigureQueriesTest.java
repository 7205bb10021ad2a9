package vn.lienthong.adoption.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.adoption.CalendarDayKind;
import vn.lienthong.adoption.ClientKind;
import vn.lienthong.adoption.Mailbox;
import vn.lienthong.adoption.UsageEvent;
import vn.lienthong.adoption.UsageEventKind;
import vn.lienthong.adoption.WorkingCalendar;
import vn.lienthong.adoption.internal.FigureQueries.PostingMonth;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The month aggregate must give exactly what grouping the day rows gives, for any period and any postings. */
class FigureQueriesTest {

    static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String[] MAILBOXES = {"lan.snv@tphcm.gov.vn", "minh.stc@tphcm.gov.vn", "hoa.syt@tphcm.gov.vn"};

    /** The figures' read before decision 061: every day row of the period, grouped. The oracle. */
    static final String FROM_DAYS = "SELECT o.id, c.month_first, SUM(CASE WHEN d.active THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN d.active AND c.working THEN 1 ELSE 0 END), SUM(d.webmail_logins), SUM(d.imap_logins), "
            + "SUM(d.pop3_logins), SUM(d.messages_sent), SUM(d.messages_received), "
            + "MAX(CASE WHEN d.active THEN d.activity_day END) FROM official_posting o "
            + "JOIN mailbox_day d ON d.mailbox = o.mailbox AND d.activity_day >= o.effective_from "
            + "AND (o.effective_to IS NULL OR d.activity_day <= o.effective_to) "
            + "JOIN calendar_day c ON c.calendar_date = d.activity_day WHERE d.activity_day BETWEEN ? AND ? "
            + "GROUP BY o.id, c.month_first";

    DataSource db;

    @BeforeEach
    void aYearOfUseByThreeMailboxesWithPostingsThatStartAndEndMidMonth() throws SQLException {
        db = TestDatabase.migrated();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            CalendarTable.seedIfEmpty(c, WorkingCalendar.vietnam());
            s.execute("INSERT INTO agency (code, name, reach) VALUES ('000.00.00.H29', 'UBND', 'LIENTHONG')");
            posting(c, MAILBOXES[0], "2020-01-01", null);
            posting(c, MAILBOXES[1], "2025-03-15", "2025-08-20"); // moved on 21 August
            posting(c, MAILBOXES[1], "2025-08-21", null);
            posting(c, MAILBOXES[2], "2024-06-01", "2025-06-30"); // left at a month's end
            posting(c, MAILBOXES[2], "2025-09-10", "2025-09-20"); // a stand-in for ten days
            posting(c, MAILBOXES[2], "2025-11-01", null); // back from a month's first day
            SplittableRandom random = new SplittableRandom(61);
            UsageEventKind[] kinds = {UsageEventKind.IMAP_LOGIN, UsageEventKind.POP3_LOGIN,
                    UsageEventKind.WEBMAIL_LOGIN, UsageEventKind.MESSAGE_SUBMITTED, UsageEventKind.MESSAGE_RECEIVED,
                    UsageEventKind.FAILED_LOGIN, UsageEventKind.LOGOUT};
            List<UsageEvent> events = new ArrayList<>();
            for (int i = 0; i < 4_000; i++) {
                Mailbox mailbox = Mailbox.of(MAILBOXES[random.nextInt(MAILBOXES.length)]);
                UsageEventKind kind = kinds[random.nextInt(kinds.length)];
                Instant at = Instant.parse("2024-12-20T00:00:00Z").plusSeconds(random.nextLong(400L * 86_400));
                events.add(new UsageEvent(EventIdentity.of(kind, "mx1", at.getEpochSecond(), mailbox.address(),
                        "e" + i), kind, mailbox, at, kind.usualClient() == null ? ClientKind.IMAP : kind.usualClient(),
                        "mx1"));
            }
            UsageStore store = new UsageStore(SAIGON);
            for (int from = 0; from < events.size(); from += 700) { // several stores touch the same months again
                store.store(c, events.subList(from, Math.min(events.size(), from + 700)));
            }
        }
    }

    @Test
    void aYearFromMonthRowsEqualsTheYearFromDayRows() throws SQLException {
        assertSame(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    }

    @Test
    void periodsStartingAndEndingMidMonthEqualTheirDayRows() throws SQLException {
        assertSame(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 10, 5));
        assertSame(LocalDate.of(2025, 8, 3), LocalDate.of(2025, 8, 27));
        assertSame(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1));
    }

    @Test
    void aYearIsTheSumOfItsMonths() throws SQLException {
        List<PostingMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2025, m);
            months.addAll(read(month.atDay(1), month.atEndOfMonth()));
        }
        List<PostingMonth> year = read(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertEquals(sorted(months), sorted(year));
        assertTrue(year.size() > 20, "the data should give rows in most months: " + year.size());
    }

    @Test
    void aCalendarCorrectionReachesTheMonthRows() throws SQLException {
        LocalDate weekday = busiestWorkingDay();
        try (Connection c = db.getConnection()) {
            assertTrue(CalendarTable.correct(c, weekday, CalendarDayKind.HOLIDAY, "Ngày nghỉ đột xuất"));
        }
        assertSame(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    }

    private void assertSame(LocalDate first, LocalDate last) throws SQLException {
        List<PostingMonth> expected = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(FROM_DAYS)) {
            s.setDate(1, Date.valueOf(first));
            s.setDate(2, Date.valueOf(last));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    expected.add(new PostingMonth(r.getLong(1), YearMonth.from(r.getDate(2).toLocalDate()),
                            r.getInt(3), r.getInt(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8),
                            r.getLong(9), r.getDate(10) == null ? null : r.getDate(10).toLocalDate()));
                }
            }
        }
        assertTrue(!expected.isEmpty(), "no rows for " + first + ".." + last);
        assertEquals(sorted(expected), sorted(read(first, last)), first + ".." + last);
    }

    private List<PostingMonth> read(LocalDate first, LocalDate last) throws SQLException {
        try (Connection c = db.getConnection()) {
            return FigureQueries.byPostingAndMonth(c, first, last);
        }
    }

    /** A working day on which the most mailboxes were active, so that the correction changes figures. */
    private LocalDate busiestWorkingDay() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT d.activity_day FROM mailbox_day d JOIN calendar_day c ON c.calendar_date = d.activity_day "
                        + "WHERE d.active AND c.working AND d.activity_day BETWEEN DATE '2025-04-01' AND DATE '2025-04-30' "
                        + "GROUP BY d.activity_day ORDER BY COUNT(*) DESC, d.activity_day")) {
            assertTrue(r.next());
            return r.getDate(1).toLocalDate();
        }
    }

    private static List<PostingMonth> sorted(List<PostingMonth> rows) {
        return rows.stream().sorted(Comparator.comparingLong(PostingMonth::postingId)
                .thenComparing(PostingMonth::month)).toList();
    }

    private static void posting(Connection c, String mailbox, String from, String to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO official_posting (mailbox, full_name, agency_code, "
                + "position, leadership, effective_from, effective_to) VALUES (?, ?, '000.00.00.H29', 'Giám đốc', "
                + "'LEADER', ?, ?)")) {
            s.setString(1, mailbox);
            s.setString(2, mailbox);
            s.setDate(3, Date.valueOf(from));
            s.setDate(4, to == null ? null : Date.valueOf(to));
            s.executeUpdate();
        }
    }
}
