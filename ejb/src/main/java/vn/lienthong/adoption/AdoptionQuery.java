package vn.lienthong.adoption;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What figures to compute: a period (a month or any range of days, both ends included) and an agency with its
 * sub-agencies, or the whole city when {@code agency} is {@code null}.
 */
public record AdoptionQuery(LocalDate first, LocalDate last, AgencyCode agency, boolean withSubAgencies) {

    /** Long enough for a multi-year trend, short enough that one request cannot occupy the server for long. */
    public static final int LONGEST_PERIOD_DAYS = 3 * 366;

    public AdoptionQuery {
        if (first == null || last == null || last.isBefore(first)) {
            throw new InvalidInputException("adoption.period.invalid", first, last);
        }
        if (first.plusDays(LONGEST_PERIOD_DAYS).isBefore(last)) {
            throw new InvalidInputException("adoption.period.tooLong", LONGEST_PERIOD_DAYS);
        }
    }

    public static AdoptionQuery month(YearMonth month, AgencyCode agency) {
        return new AdoptionQuery(month.atDay(1), month.atEndOfMonth(), agency, true);
    }

    /**
     * A month as people type it: {@code yyyy-MM} as machines write it, or {@code MM/yyyy} as the dashboard shows
     * months and Vietnamese users type them (11/2026, also 3/2026); {@code null} for nothing typed.
     */
    public static YearMonth parseMonth(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        try {
            return YearMonth.parse(typed, typed.indexOf('/') >= 0 ? SHOWN_MONTH : DateTimeFormatter.ofPattern("uuuu-MM"));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("adoption.import.month.invalid", text);
        }
    }

    private static final DateTimeFormatter SHOWN_MONTH = DateTimeFormatter.ofPattern("M/uuuu");

    public AdoptionQuery forAgency(AgencyCode code, boolean subAgencies) {
        return new AdoptionQuery(first, last, code, subAgencies);
    }
}
