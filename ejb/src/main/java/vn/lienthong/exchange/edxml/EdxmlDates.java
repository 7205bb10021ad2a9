package vn.lienthong.exchange.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Dates as edXML writes them. QCVN 102 uses {@code YYYY/MM/DD}, but real packages also send {@code DD/MM/YYYY};
 * the two cannot be confused because the year has four digits. Output is always {@code YYYY/MM/DD}.
 */
final class EdxmlDates {

    private static final DateTimeFormatter YEAR_FIRST = DateTimeFormatter.ofPattern("uuuu/M/d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_OUT = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter TIMESTAMP_OUT = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern YEAR_FIRST_SHAPE = Pattern.compile("\\d{4}/\\d{1,2}/\\d{1,2}");

    private EdxmlDates() {
    }

    /** @throws DateTimeParseException when the text is neither form or not a real date */
    static LocalDate parseDate(String text) {
        return LocalDate.parse(text, YEAR_FIRST_SHAPE.matcher(text).matches() ? YEAR_FIRST : DAY_FIRST);
    }

    /** {@code yyyy/MM/dd HH:mm:ss}, the date part in either form. */
    static LocalDateTime parseTimestamp(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new DateTimeParseException("no time part", text, 0);
        }
        return parseDate(text.substring(0, space))
                .atTime(LocalTime.parse(text.substring(space + 1).strip(), TIME));
    }

    static String format(LocalDate date) {
        return DATE_OUT.format(date);
    }

    static String format(LocalDateTime timestamp) {
        return TIMESTAMP_OUT.format(timestamp);
    }
}
