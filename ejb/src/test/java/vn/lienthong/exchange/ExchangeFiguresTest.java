package vn.lienthong.exchange;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.adoption.internal.TestDatabase;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.ExchangeFigures.Counts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The electronic share's counts: months begin at Vietnam's midnight, carve-outs stand beside the denominator. */
class ExchangeFiguresTest {

    static final AgencyCode SOTTTT = new AgencyCode("000.00.11.H29");
    static final AgencyCode QUAN1 = new AgencyCode("000.00.31.H29");

    final ExchangeFigures figures = new ExchangeFigures();

    @BeforeEach
    void documentsAroundTheEndOfJanuary() throws SQLException {
        figures.dataSource = TestDatabase.migrated();
        try (Connection c = figures.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO agency (code, name, reach) VALUES ('000.00.11.H29', 'Sở TT&TT', 'LIENTHONG'), "
                    + "('000.00.31.H29', 'UBND Quận 1', 'LIENTHONG')");
            document(c, SOTTTT, "2025-01-31T16:59:00Z", "THUONG", false, "SENT");   // 23:59 on 31/01 in Vietnam
            document(c, SOTTTT, "2025-01-31T17:00:00Z", "THUONG", false, "SENT");   // 00:00 on 01/02
            document(c, SOTTTT, "2025-02-10T03:00:00Z", "THUONG", false, "ISSUED"); // owed, not sent yet
            document(c, SOTTTT, "2025-02-11T03:00:00Z", "MAT", false, "ISSUED");
            document(c, SOTTTT, "2025-02-12T03:00:00Z", "THUONG", true, "PAPER_DISPATCHED");
            document(c, SOTTTT, "2025-02-13T03:00:00Z", "TUYET_MAT", true, "ISSUED"); // classified wins
            document(c, QUAN1, "2025-02-28T16:59:00Z", "THUONG", false, "SENT");    // 23:59 on 28/02
            document(c, QUAN1, "2025-02-28T17:00:00Z", "THUONG", false, "SENT");    // 01/03
            document(c, QUAN1, null, "THUONG", false, "DRAFT");
        }
    }

    @Test
    void eachDocumentCountsInItsVietnameseMonthWithCarveOutsApart() {
        Map<AgencyCode, Map<YearMonth, Counts>> year = figures.byAgencyAndMonth(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31));
        assertEquals(new Counts(1, 1, 0, 0), year.get(SOTTTT).get(YearMonth.of(2025, 1)));
        Counts february = year.get(SOTTTT).get(YearMonth.of(2025, 2));
        assertEquals(new Counts(5, 1, 2, 1), february);
        assertEquals(2, february.denominator());
        assertEquals(50.0, february.share());
        assertEquals(new Counts(1, 1, 0, 0), year.get(QUAN1).get(YearMonth.of(2025, 2)));
        assertEquals(new Counts(1, 1, 0, 0), year.get(QUAN1).get(YearMonth.of(2025, 3)));
    }

    @Test
    void aPeriodCutsItsMonthsAtItsOwnDays() {
        Map<AgencyCode, Map<YearMonth, Counts>> part = figures.byAgencyAndMonth(LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 10));
        assertNull(part.get(SOTTTT).get(YearMonth.of(2025, 1)));
        assertEquals(new Counts(2, 1, 0, 0), part.get(SOTTTT).get(YearMonth.of(2025, 2)));
        assertNull(part.get(QUAN1));
    }

    @Test
    void aDocumentRecalledOrReplacedAfterSendingStillTravelledElectronically() throws SQLException {
        try (Connection c = figures.dataSource.getConnection()) {
            document(c, QUAN1, "2025-04-10T03:00:00Z", "THUONG", false, "SENT");
            document(c, QUAN1, "2025-04-11T03:00:00Z", "THUONG", false, "RECALLED");
            document(c, QUAN1, "2025-04-12T03:00:00Z", "THUONG", false, "REPLACED");
        }
        Counts april = figures.byAgencyAndMonth(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30))
                .get(QUAN1).get(YearMonth.of(2025, 4));
        assertEquals(new Counts(3, 3, 0, 0), april, "only a sent document can be recalled or replaced");
        assertEquals(100.0, april.share());
    }

    private static void document(Connection c, AgencyCode agency, String issuedAt, String secrecy, boolean paperOnly,
                                 String status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outgoing_document (agency_code, document_type, "
                + "subject, subject_folded, notation, signer_position, signer_name, place, priority, steering_type, "
                + "secrecy, paper_only, status, issued_at, created_by, created_at) "
                + "VALUES (?, 'OFFICIAL_LETTER', 'x', 'x', 'VP', 'GĐ', 'A', 'HCM', 'NORMAL', 'NORMAL', ?, ?, ?, ?, 'a', ?)")) {
            s.setString(1, agency.value());
            s.setString(2, secrecy);
            s.setBoolean(3, paperOnly);
            s.setString(4, status);
            s.setTimestamp(5, issuedAt == null ? null : Timestamp.from(Instant.parse(issuedAt)));
            s.setTimestamp(6, Timestamp.from(Instant.parse("2025-01-01T00:00:00Z")));
            s.executeUpdate();
        }
    }
}
