package vn.lienthong.adoption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.platform.InvalidInputException;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {

    private final WorkingCalendar vietnam = WorkingCalendar.vietnam();

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-08", "2024-02-12", "2024-02-14", "2025-01-27", "2025-01-31", "2026-02-16",
            "2026-02-20", "2023-01-26", "2021-02-10"})
    void tetDaysAreNotWorkingDays(String date) {
        assertFalse(vietnam.isWorkingDay(LocalDate.parse(date)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-04", "2025-04-26", "2026-01-10"})
    void aMakeUpSaturdayIsAWorkingDay(String date) {
        assertTrue(vietnam.isWorkingDay(LocalDate.parse(date)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-01-03", "2023-09-04", "2024-04-29", "2026-01-02", "2026-04-27"})
    void compensatoryAndSwappedDaysAreOff(String date) {
        assertFalse(vietnam.isWorkingDay(LocalDate.parse(date)));
    }

    @Test
    void ordinaryDaysFollowTheWeek() {
        assertTrue(vietnam.isWorkingDay(LocalDate.of(2026, 11, 27)));  // Friday
        assertFalse(vietnam.isWorkingDay(LocalDate.of(2026, 11, 28))); // Saturday
        assertFalse(vietnam.isWorkingDay(LocalDate.of(2026, 11, 29))); // Sunday
    }

    @ParameterizedTest
    @CsvSource({"2024-02, 16", "2024-04, 19", "2024-05, 23", "2025-01, 17", "2026-01, 21", "2023-05, 20",
            "2026-11, 21"})
    void workingDaysInAMonth(String month, int expected) {
        assertEquals(expected, vietnam.workingDays(YearMonth.parse(month)));
    }

    @Test
    void everyYearFrom2020To2027HasItsHolidays() {
        for (int year = 2020; year <= 2027; year++) {
            int y = year;
            long holidays = vietnam.exceptions().stream()
                    .filter(e -> e.date().getYear() == y && e.kind() == CalendarDayKind.HOLIDAY).count();
            assertTrue(holidays >= 10, year + " has " + holidays + " holidays");
            assertFalse(vietnam.isWorkingDay(LocalDate.of(year, 1, 1)) && LocalDate.of(year, 1, 1).getDayOfWeek()
                    .getValue() <= 5);
        }
    }

    @Test
    void anAdministratorsCorrectionIsReadFromCsv() throws Exception {
        List<CalendarEntry> entries = WorkingCalendar.parseCsv(new StringReader("""
                # sửa lịch
                date,kind,name
                2026-11-24,HOLIDAY,Ngày Văn hóa Việt Nam
                """));

        WorkingCalendar corrected = new WorkingCalendar(entries);

        assertFalse(corrected.isWorkingDay(LocalDate.of(2026, 11, 24)));
        assertEquals("Ngày Văn hóa Việt Nam", corrected.exception(LocalDate.of(2026, 11, 24)).orElseThrow().name());
        assertEquals(20, corrected.workingDays(YearMonth.of(2026, 11)));
    }

    @Test
    void aBadLineIsRefusedWithItsNumber() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkingCalendar.parseCsv(
                new StringReader("date,kind,name\n2026-11-24,HOLIDAY,ok\n2026-13-01,HOLIDAY,bad\n")));

        assertEquals("adoption.calendar.invalidLine", e.messageKey());
        assertEquals(3, e.arguments()[0]);
    }

    @Test
    void aDateTwiceIsRefused() {
        CalendarEntry one = new CalendarEntry(LocalDate.of(2026, 1, 1), CalendarDayKind.HOLIDAY, "a");
        assertThrows(InvalidInputException.class, () -> new WorkingCalendar(List.of(one, one)));
    }

    /** The shipped calendar has Hùng Kings' day on Sunday 26/04/2026: the administrator must be able to save that row. */
    @Test
    void aHolidayMayFallOnAWeekendButSwapsKeepTheirSide() {
        LocalDate sunday = LocalDate.of(2026, 4, 26);
        LocalDate monday = LocalDate.of(2026, 4, 27);
        assertTrue(CalendarDayKind.HOLIDAY.fits(sunday));
        assertTrue(CalendarDayKind.HOLIDAY.fits(monday));
        assertTrue(CalendarDayKind.SWAPPED_OFF.fits(monday));
        assertFalse(CalendarDayKind.SWAPPED_OFF.fits(sunday));
        assertTrue(CalendarDayKind.MAKEUP_WORKDAY.fits(sunday));
        assertFalse(CalendarDayKind.MAKEUP_WORKDAY.fits(monday));
        WorkingCalendar.vietnam().exceptions().forEach(e -> assertTrue(e.kind().fits(e.date()), e.toString()));
    }
}
