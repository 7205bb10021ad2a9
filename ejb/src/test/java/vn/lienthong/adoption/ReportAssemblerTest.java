package vn.lienthong.adoption;

import org.junit.jupiter.api.Test;
import vn.lienthong.adoption.internal.FigureQueries.PostingMonth;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Leadership;
import vn.lienthong.exchange.ExchangeFigures.Counts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportAssemblerTest {

    static final AgencyCode SO = AgencyCode.parse("000.00.11.H29");
    static final AgencyCode QUAN = AgencyCode.parse("000.00.31.H29");
    static final YearMonth NOV = YearMonth.of(2026, 11); // 21 working days in Vietnam's calendar
    static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
    static final Map<AgencyCode, String> AGENCIES = new LinkedHashMap<>();

    static {
        AGENCIES.put(SO, "Sở TTTT"); // in this order: the report keeps the directory's order
        AGENCIES.put(QUAN, "UBND Quận 1");
    }

    ReportAssembler month = new ReportAssembler(AdoptionQuery.month(NOV, null), CALENDAR, RegularUsePolicy.DEFAULT);

    @Test
    void aLeaderActiveOnEightyPercentOfWorkingDaysIsRegularAndOneDayLessIsNot() {
        int working = CALENDAR.workingDays(NOV);
        int required = RegularUsePolicy.DEFAULT.requiredActiveDays(working);
        AdoptionReport report = month.assemble("", null,
                List.of(leader(1, "a@x.vn", SO, null, null), leader(2, "b@x.vn", SO, null, null)),
                List.of(use(1, NOV, required), use(2, NOV, required - 1)), AGENCIES, Map.of(), true, Instant.EPOCH);

        AdoptionReport.AgencyFigures so = report.agencies().get(0);
        assertEquals(2, so.leaders());
        assertEquals(1, so.regularUsers());
        assertEquals(50.0, so.regularShare());
        assertEquals(50.0, so.regularGap());
        assertEquals(working, report.officials().get(0).workingDays());
        assertTrue(report.officials().get(0).regular());
        assertFalse(report.officials().get(1).regular());
        assertEquals(1, report.trend().get(0).regularUsers());
    }

    @Test
    void aMoveInTheMonthSplitsTheWorkingDaysBetweenTheTwoPostings() {
        LocalDate moved = LocalDate.of(2026, 11, 16);
        AdoptionReport report = month.assemble("", null,
                List.of(leader(1, "a@x.vn", SO, null, moved.minusDays(1)), leader(2, "a@x.vn", QUAN, moved, null)),
                List.of(use(1, NOV, 10), use(2, NOV, 12)), AGENCIES, Map.of(), true, Instant.EPOCH);

        int before = CALENDAR.workingDays(NOV.atDay(1), moved.minusDays(1));
        assertEquals(before, report.officials().get(0).workingDays());
        assertEquals(CALENDAR.workingDays(NOV) - before, report.officials().get(1).workingDays());
        assertEquals(1, report.agencies().get(0).leaders());
        assertEquals(1, report.agencies().get(1).leaders());
    }

    /**
     * A new position in the same agency opens a new posting, but the person stays one leader there: counted once and
     * judged on both postings' working days together, and listed as idle only when neither posting saw any use.
     */
    @Test
    void aPromotionInTheMonthKeepsOneLeaderJudgedOnTheWholeMonth() {
        LocalDate promoted = LocalDate.of(2026, 11, 16);
        AdoptionReport report = month.assemble("", null, List.of(
                        posting(1, "a@x.vn", "Phó Giám đốc", null, promoted.minusDays(1)),
                        posting(2, "a@x.vn", "Giám đốc", promoted, null),
                        posting(3, "b@x.vn", "Phó Giám đốc", null, promoted.minusDays(1)),
                        posting(4, "b@x.vn", "Giám đốc", promoted, null),
                        posting(5, "c@x.vn", "Phó Giám đốc", null, promoted.minusDays(1)),
                        posting(6, "c@x.vn", "Giám đốc", promoted, null)),
                List.of(use(1, NOV, 7), use(2, NOV, 10), use(3, NOV, 2)), AGENCIES, Map.of(), true, Instant.EPOCH);

        // a: 7 of 10 working days, then 10 of 11: 17 of 21 is over 80%, although the first posting alone is not
        assertEquals(3, report.agencies().get(0).leaders());
        assertEquals(1, report.agencies().get(0).regularUsers());
        assertEquals(3, report.trend().get(0).leaders());
        assertEquals(1, report.trend().get(0).regularUsers());
        assertEquals(6, report.officials().size(), "each posting keeps its row with its position");
        // b used email before the promotion: not idle; c never did: listed once, in the current position
        assertEquals(List.of("c@x.vn Giám đốc"), report.leadersWithoutUse().stream()
                .map(o -> o.mailbox() + " " + o.position()).toList());
    }

    static ReportAssembler.Posting posting(long id, String mailbox, String position, LocalDate from, LocalDate to) {
        return new ReportAssembler.Posting(id, mailbox, "Lãnh đạo " + mailbox, SO, position, Leadership.LEADER,
                from == null ? LocalDate.of(2020, 1, 1) : from, to);
    }

    @Test
    void leadersWithNoUseAndNonLeadersAreToldApart() {
        AdoptionReport report = month.assemble("", null,
                List.of(leader(1, "idle@x.vn", SO, null, null),
                        new ReportAssembler.Posting(2, "staff@x.vn", "Cán bộ", SO, "Chuyên viên", Leadership.NONE,
                                LocalDate.of(2020, 1, 1), null)),
                List.of(), AGENCIES, Map.of(), true, Instant.EPOCH);

        assertEquals(List.of("idle@x.vn"), report.leadersWithoutUse().stream().map(o -> o.mailbox()).toList());
        assertEquals(1, report.total().leaders());
        assertEquals(0.0, report.total().regularShare());
        assertNull(report.agencies().get(1).regularShare(), "an agency without leaders has no share, not 0%");
    }

    /** With every agency at 0%, the dashboard named three agencies "most adopting". */
    @Test
    void agenciesStandingLevelAreNeitherLeastNorMostAdopting() {
        AdoptionReport level = month.assemble("", null,
                List.of(leader(1, "a@x.vn", SO, null, null), leader(2, "b@x.vn", QUAN, null, null)),
                List.of(), AGENCIES, Map.of(), true, Instant.EPOCH);
        assertEquals(List.of(), level.leastAdopting());
        assertEquals(List.of(), level.mostAdopting());

        AdoptionReport apart = month.assemble("", null,
                List.of(leader(1, "a@x.vn", SO, null, null), leader(2, "b@x.vn", QUAN, null, null)),
                List.of(use(1, NOV, CALENDAR.workingDays(NOV))), AGENCIES, Map.of(), true, Instant.EPOCH);
        assertEquals(List.of(QUAN.value()), apart.leastAdopting().stream().map(a -> a.code()).toList());
        assertEquals(List.of(SO.value()), apart.mostAdopting().stream().map(a -> a.code()).toList());
    }

    @Test
    void carvedOutDocumentsLeaveTheDenominatorAndAreShownBeside() {
        Map<AgencyCode, Map<YearMonth, Counts>> documents = Map.of(SO, Map.of(NOV, new Counts(10, 6, 1, 1)));
        AdoptionReport report = month.assemble("", null, List.of(), List.of(), AGENCIES, documents, true, Instant.EPOCH);

        Counts so = report.agencies().get(0).documents();
        assertEquals(8, so.denominator());
        assertEquals(75.0, report.agencies().get(0).electronicShare());
        assertEquals(2, so.carvedOut());
        assertEquals(75.0, report.trend().get(0).electronicShare());
    }

    @Test
    void withoutNamesNoPersonIsListed() {
        AdoptionReport report = month.assemble("", null, List.of(leader(1, "a@x.vn", SO, null, null)), List.of(),
                AGENCIES, Map.of(), false, Instant.EPOCH);
        assertTrue(report.officials().isEmpty());
        assertTrue(report.leadersWithoutUse().isEmpty());
        assertEquals(1, report.total().leaders());
    }

    @Test
    void pseudonymsAreStableAndDifferPerPersonAndSecret() {
        AdoptionReport report = month.assemble("", null,
                List.of(leader(1, "a@x.vn", SO, null, null), leader(2, "b@x.vn", SO, null, null)), List.of(),
                AGENCIES, Map.of(), true, Instant.EPOCH);
        byte[] secret = new byte[32];
        AdoptionReport once = report.concealed(AdoptionFigures.pseudonyms(secret, Locale.forLanguageTag("vi")));
        AdoptionReport twice = report.concealed(AdoptionFigures.pseudonyms(secret, Locale.forLanguageTag("vi")));
        secret[0] = 1;
        AdoptionReport other = report.concealed(AdoptionFigures.pseudonyms(secret, Locale.forLanguageTag("vi")));

        assertTrue(once.officials().get(0).fullName().matches("Lãnh đạo #[0-9A-F]{8}"));
        assertEquals("", once.officials().get(0).mailbox());
        assertEquals(once.officials(), twice.officials());
        assertNotEquals(once.officials().get(0).fullName(), once.officials().get(1).fullName());
        assertNotEquals(once.officials().get(0).fullName(), other.officials().get(0).fullName());
        assertTrue(once.namesConcealed());
    }

    static ReportAssembler.Posting leader(long id, String mailbox, AgencyCode agency, LocalDate from, LocalDate to) {
        return new ReportAssembler.Posting(id, mailbox, "Lãnh đạo " + id, agency, "Giám đốc", Leadership.LEADER,
                from == null ? LocalDate.of(2020, 1, 1) : from, to);
    }

    static PostingMonth use(long posting, YearMonth month, int activeWorkingDays) {
        return new PostingMonth(posting, month, activeWorkingDays, activeWorkingDays, 0, activeWorkingDays, 0, 1, 2,
                month.atDay(20));
    }
}
