package vn.lienthong.adoption.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Reads the two timestamp forms rsyslog writes: classic ({@code Nov 29 01:36:22}, local time, no year) and RFC 3339
 * ({@code 2026-11-29T01:36:22.123456+07:00}). Fractions are dropped: an event's identity is to the second, so the
 * same line in either form is the same event.
 */
final class SyslogTimestamp {

    static final long INVALID = Long.MIN_VALUE;
    private static final int CLASSIC_LENGTH = 15;

    private final ZoneId zone;
    private int firstMonth = 1;
    private int firstYear = 1970;

    // Converting a local hour to an instant needs the zone rules; log lines arrive in time order, so one hour's
    // answer serves thousands of lines.
    private long cachedHourKey = -1;
    private long cachedHourStart;

    SyslogTimestamp(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Classic timestamps carry no year: a line in a month before the file's first month belongs to the next year
     * (a December file that runs into January). The rule needs no state, so any line alone gets the same year.
     */
    void startingIn(YearMonth period) {
        firstYear = period.getYear();
        firstMonth = period.getMonthValue();
    }

    /** Index of the space after the timestamp starting at {@code s}, or -1 when the line has no syslog header. */
    static int end(byte[] b, int s, int e) {
        if (e - s > CLASSIC_LENGTH && b[s + CLASSIC_LENGTH] == ' ' && b[s + 3] == ' ' && b[s + 9] == ':') {
            return s + CLASSIC_LENGTH;
        }
        if (e - s > 20 && isDigit(b[s]) && b[s + 4] == '-' && b[s + 10] == 'T') {
            return Bytes.indexOf(b, s + 19, e, (byte) ' ');
        }
        return -1;
    }

    /** Seconds since the epoch of the timestamp in {@code b[s, end)}, or {@link #INVALID}. */
    long epochSecond(byte[] b, int s, int end) {
        try {
            return isDigit(b[s]) ? rfc3339(b, s, end) : classic(b, s);
        } catch (DateTimeException e) {
            return INVALID;
        }
    }

    private long classic(byte[] b, int s) {
        int month = month(b[s], b[s + 1], b[s + 2]);
        int day = (b[s + 4] == ' ' ? 0 : digit(b[s + 4]) * 10) + digit(b[s + 5]);
        int hour = two(b, s + 7);
        int minute = two(b, s + 10);
        int second = two(b, s + 13);
        if (month < 0 || day < 1 || hour < 0 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return INVALID;
        }
        int year = month >= firstMonth ? firstYear : firstYear + 1;
        return hourStart(year, month, day, hour) + minute * 60L + second;
    }

    private long hourStart(int year, int month, int day, int hour) {
        long key = ((year * 16L + month) * 32 + day) * 32 + hour;
        if (key != cachedHourKey) {
            cachedHourStart = LocalDateTime.of(year, month, day, hour, 0).atZone(zone).toEpochSecond();
            cachedHourKey = key;
        }
        return cachedHourStart;
    }

    private static long rfc3339(byte[] b, int s, int end) {
        int year = two(b, s) * 100 + two(b, s + 2);
        int month = two(b, s + 5);
        int day = two(b, s + 8);
        int hour = two(b, s + 11);
        int minute = two(b, s + 14);
        int second = two(b, s + 17);
        if (year < 0 || b[s + 7] != '-' || b[s + 13] != ':' || b[s + 16] != ':' || hour > 23 || minute > 59
                || second > 60 || minute < 0 || second < 0 || hour < 0) {
            return INVALID;
        }
        int i = s + 19;
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && isDigit(b[i])) {
                i++;
            }
        }
        int offset;
        if (i == end - 1 && (b[i] == 'Z' || b[i] == 'z')) {
            offset = 0;
        } else if (i == end - 6 && (b[i] == '+' || b[i] == '-') && b[i + 3] == ':') {
            int h = two(b, i + 1);
            int m = two(b, i + 4);
            if (h < 0 || m < 0) {
                return INVALID;
            }
            offset = (b[i] == '-' ? -1 : 1) * (h * 3600 + m * 60);
        } else {
            return INVALID;
        }
        return LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3600L + minute * 60L + second - offset;
    }

    private static int month(byte a, byte b, byte c) {
        int key = (a << 16) | (b << 8) | c;
        return switch (key) {
            case ('J' << 16) | ('a' << 8) | 'n' -> 1;
            case ('F' << 16) | ('e' << 8) | 'b' -> 2;
            case ('M' << 16) | ('a' << 8) | 'r' -> 3;
            case ('A' << 16) | ('p' << 8) | 'r' -> 4;
            case ('M' << 16) | ('a' << 8) | 'y' -> 5;
            case ('J' << 16) | ('u' << 8) | 'n' -> 6;
            case ('J' << 16) | ('u' << 8) | 'l' -> 7;
            case ('A' << 16) | ('u' << 8) | 'g' -> 8;
            case ('S' << 16) | ('e' << 8) | 'p' -> 9;
            case ('O' << 16) | ('c' << 8) | 't' -> 10;
            case ('N' << 16) | ('o' << 8) | 'v' -> 11;
            case ('D' << 16) | ('e' << 8) | 'c' -> 12;
            default -> -1;
        };
    }

    /** Two decimal digits at {@code at}, or a negative number when they are not digits. */
    private static int two(byte[] b, int at) {
        return digit(b[at]) * 10 + digit(b[at + 1]);
    }

    private static int digit(byte c) {
        return isDigit(c) ? c - '0' : -1000;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
