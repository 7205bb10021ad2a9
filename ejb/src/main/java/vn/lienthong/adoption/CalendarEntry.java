package vn.lienthong.adoption;

import java.time.LocalDate;
import java.util.Objects;

/** One date of the working calendar that is not an ordinary weekday or weekend, with its Vietnamese name. */
public record CalendarEntry(LocalDate date, CalendarDayKind kind, String name) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }
}
