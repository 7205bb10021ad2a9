package vn.lienthong.adoption;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The month a log starts in, when nobody says: classic syslog lines carry no year, so the first line's month is read
 * and given the year that puts it at or before a reference month (the upload's day, or the file's last change).
 */
public final class MailLogPeriod {

    private MailLogPeriod() {
    }

    /**
     * @param log       the start of the log, plain or gzip-compressed
     * @param reference a month the log's first line cannot be after
     */
    public static YearMonth startingIn(InputStream log, YearMonth reference) throws IOException {
        PushbackInputStream in = new PushbackInputStream(log, 2);
        byte[] magic = in.readNBytes(2);
        in.unread(magic);
        InputStream plain = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b
                ? new GZIPInputStream(in) : in;
        byte[] head;
        try {
            head = plain.readNBytes(3);
        } catch (IOException damaged) {
            return reference; // the importer will report the damage; the month does not matter then
        }
        return fromHead(head, reference);
    }

    static YearMonth fromHead(byte[] head, YearMonth reference) {
        if (head.length < 3) {
            return reference;
        }
        String name = new String(head, 0, 3, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(name)) {
                YearMonth sameYear = YearMonth.of(reference.getYear(), month);
                return sameYear.isAfter(reference) ? sameYear.minusYears(1) : sameYear;
            }
        }
        return reference; // RFC 3339 timestamps carry their year
    }

}
