package vn.lienthong.adoption.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
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
                if (skippingOverlong) {
                    start = skipOverlong(buf, 0, end);
                    if (start < 0) {
                        held = 0;
                        continue;
                    }
                    skippingOverlong = false;
                }
                start = lines(buf, start, end, handler);
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

    /** Hands every complete line of {@code buf[start, end)} over; returns where the incomplete rest begins. */
    private static int lines(byte[] buf, int start, int end, LineHandler handler) {
        int newline;
        while ((newline = nextNewline(buf, start, end)) >= 0) {
            handler.line(buf, start, newline > start && buf[newline - 1] == '\r' ? newline - 1 : newline);
            start = newline + 1;
        }
        return start;
    }

    /** Past the end of an overlong line, or -1 when it goes on beyond {@code end}. */
    private static int skipOverlong(byte[] buf, int from, int end) {
        int newline = nextNewline(buf, from, end);
        return newline < 0 ? -1 : newline + 1;
    }

    /** Eight bytes at a time: a log is mostly bytes that are not newlines. */
    private static int nextNewline(byte[] buf, int from, int end) {
        int i = from;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long x = (long) LONGS.get(buf, i) ^ NEWLINES;
            long zeroes = (x - ONES) & ~x & HIGHS; // the lowest marked byte is the first newline
            if (zeroes != 0) {
                return i + (Long.numberOfTrailingZeros(zeroes) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
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
