package vn.lienthong.adoption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One mail-server log to import: plain or gzip-compressed (recognised by content), current or rotated.
 *
 * @param name       how reports refer to it, e.g. the file name
 * @param startingIn the month of the file's first line. Classic syslog timestamps have no year; a line dated in an
 *                   earlier month than this one belongs to the following year (a file running from December into
 *                   January). Files with RFC 3339 timestamps ignore it.
 */
public record MailLogSource(String name, Opener opener, YearMonth startingIn) {

    /** Opens the raw bytes of the log; the importer closes the stream. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public MailLogSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(startingIn, "startingIn");
    }

    public static MailLogSource of(Path file, YearMonth startingIn) {
        return new MailLogSource(file.getFileName().toString(), () -> Files.newInputStream(file), startingIn);
    }
}
