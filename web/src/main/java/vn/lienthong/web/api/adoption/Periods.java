package vn.lienthong.web.api.adoption;

import vn.lienthong.adoption.AdoptionQuery;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Reads the period and scope parameters shared by the figures and the exports. */
public final class Periods {

    private Periods() {
    }

    /**
     * A month ({@code yyyy-MM} or {@code MM/yyyy}) or a range ({@code from}, {@code to} as {@code yyyy-MM-dd}); the current month when
     * neither is given. A blank agency means the whole city.
     */
    public static AdoptionQuery query(String month, String from, String to, String agency, boolean subAgencies,
                                      Clock clock) {
        AgencyCode code = agency == null || agency.isBlank() ? null : AgencyCode.parse(agency);
        if (from != null && !from.isBlank() || to != null && !to.isBlank()) {
            return new AdoptionQuery(date(from), date(to), code, subAgencies);
        }
        YearMonth m = month == null || month.isBlank() ? YearMonth.now(clock) : month(month);
        return new AdoptionQuery(m.atDay(1), m.atEndOfMonth(), code, subAgencies);
    }

    /** A month as {@code yyyy-MM} or {@code MM/yyyy}; {@code null} when none is given. */
    public static YearMonth month(String text) {
        return AdoptionQuery.parseMonth(text);
    }

    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("request.date.invalid", text);
        }
    }
}
