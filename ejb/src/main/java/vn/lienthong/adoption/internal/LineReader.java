package vn.lienthong.adoption.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Splits a log stream into lines without decoding it, reading gzip by its magic bytes rather than its name (rotated
 * files are renamed, and some are compressed a day late). A stream that breaks mid-way ends the read where it broke.
 */
public final class LineReader {

    /** Receives each line as a range of the read buffer, valid only during the call. */
    @FunctionalInterface
    public interface LineHandler {
        void line(byte[] buffer, int start, int end);
    }

    private static final int CHUNK = 1 << 20;
    /** A longer "line" is not a syslog line: keep memory bounded and skip it. */
    private static final int LONGEST_LINE = 1 << 16;

    private LineReader() {
    }

    /**
     * Reads every complete line into {@code handler}.
     *
     * @return {@code null} when the stream ended cleanly, otherwise why it could not be read further; a line cut by
     * the damage is dropped, since its end is unknown
     */
    public static String read(InputStream raw, LineHandler handler) {
        try (InputStream in = decompressed(raw)) {
            byte[] buf = new byte[CHUNK + LONGEST_LINE];
            int held = 0;
            boolean skippingOverlong = false;
            int n;
            while ((n = in.read(buf, held, buf.length - held)) >= 0) {
                int end = held + n;
                int start = 0;
                for (int i = held; i < end; i++) {
                    if (buf[i] == '\n') {
                        if (!skippingOverlong) {
                            handler.line(buf, start, i > start && buf[i - 1] == '\r' ? i - 1 : i);
                        }
                        skippingOverlong = false;
                        start = i + 1;
                    }
                }
                held = end - start;
                if (held >= LONGEST_LINE) {
                    skippingOverlong = true;
                    held = 0;
                } else {
                    System.arraycopy(buf, start, buf, 0, held);
                }
            }
            if (held > 0 && !skippingOverlong) {
                handler.line(buf, 0, held);
            }
            return null;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
