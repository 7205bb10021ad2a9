package vn.lienthong.adoption;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.LongConsumer;

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
        return of(file.getFileName().toString(), file, startingIn, n -> { });
    }

    /**
     * A log on disk, which the importer maps into memory rather than streams when it is plain text (decision 063).
     *
     * @param progress told, as the import goes, how many of the file's bytes (compressed ones, for gzip) it has read
     */
    public static MailLogSource of(String name, Path file, YearMonth startingIn, LongConsumer progress) {
        return new MailLogSource(name, new FileOpener(file, progress), startingIn);
    }

    /** Opens a file on disk: the importer may map it instead of calling {@link #open()}. */
    public record FileOpener(Path file, LongConsumer progress) implements Opener {

        public FileOpener {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(progress, "progress");
        }

        @Override
        public InputStream open() throws IOException {
            return new Counting(Files.newInputStream(file), progress);
        }
    }

    /** Counts the raw (possibly compressed) bytes read, for a progress bar. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer progress;
        private long count;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                progress.accept(count += n);
            }
            return n;
        }
    }
}
