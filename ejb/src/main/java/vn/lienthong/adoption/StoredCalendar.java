package vn.lienthong.adoption;

import java.time.LocalDate;

/**
 * The working calendar as the database holds it (lịch làm việc), with the first and last dates it covers: figures
 * are refused for a period outside them rather than counted against a guessed calendar.
 *
 * @param first {@code null} while the calendar is empty
 */
public record StoredCalendar(WorkingCalendar calendar, LocalDate first, LocalDate last) {

    public boolean covers(LocalDate from, LocalDate to) {
        return first != null && !from.isBefore(first) && !to.isAfter(last);
    }
}
