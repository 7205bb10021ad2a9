package vn.lienthong.adoption;

import vn.lienthong.platform.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lịch làm việc: Monday to Friday, minus public holidays and compensatory days off, plus make-up working days.
 * The exceptions are data, not code: the Government announces them year by year and an administrator corrects them.
 */
public final class WorkingCalendar {

    /** The calendar shipped with the application, for 2020–2027. */
    public static final String VIETNAM_RESOURCE = "/vn/lienthong/adoption/working-calendar-vn.csv";

    private final TreeMap<LocalDate, CalendarEntry> exceptions = new TreeMap<>();

    public WorkingCalendar(Collection<CalendarEntry> entries) {
        for (CalendarEntry entry : entries) {
            if (exceptions.putIfAbsent(entry.date(), entry) != null) {
                throw new InvalidInputException("adoption.calendar.duplicateDate", entry.date());
            }
        }
    }

    /** Vietnam's calendar as shipped ({@link #VIETNAM_RESOURCE}). */
    public static WorkingCalendar vietnam() {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(VIETNAM_RESOURCE)) {
            if (in == null) {
                throw new InvalidInputException("adoption.calendar.unavailable", VIETNAM_RESOURCE);
            }
            return new WorkingCalendar(parseCsv(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads {@code date,kind,name} lines (UTF-8; a header line and {@code #} comments are allowed). A bad line is
     * refused with its number, so that an administrator's correction never half-applies.
     */
    public static List<CalendarEntry> parseCsv(Reader csv) throws IOException {
        List<CalendarEntry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(csv);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("date,")) {
                continue;
            }
            String[] fields = text.split(",", 3);
            try {
                entries.add(new CalendarEntry(LocalDate.parse(fields[0].strip()),
                        CalendarDayKind.valueOf(fields[1].strip()), fields.length > 2 ? fields[2] : ""));
            } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidInputException("adoption.calendar.invalidLine", number, text);
            }
        }
        return entries;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarEntry exception = exceptions.get(date);
        if (exception != null) {
            return exception.kind() == CalendarDayKind.MAKEUP_WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    public int workingDays(YearMonth month) {
        return workingDays(month.atDay(1), month.atEndOfMonth());
    }

    /** Working days from {@code first} to {@code last}, both included. */
    public int workingDays(LocalDate first, LocalDate last) {
        int count = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Why a date is not an ordinary day, if it is not. */
    public Optional<CalendarEntry> exception(LocalDate date) {
        return Optional.ofNullable(exceptions.get(date));
    }

    /** Every exception in date order, e.g. to show or export for correction. */
    public List<CalendarEntry> exceptions() {
        return List.copyOf(exceptions.values());
    }
}
