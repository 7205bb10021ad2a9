package vn.lienthong.adoption.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Splits a log stream into chunks of whole lines, and chunks into lines, without decoding either, reading gzip by its
 * magic bytes rather than its name (rotated files are renamed, and some are compressed a day late). Chunks let
 * several threads parse one file; a stream that breaks mid-way ends the read where it broke.
 */
public final class LineReader {

    /** Receives each line as a range of the read buffer, valid only during the call. */
    @FunctionalInterface
    public interface LineHandler {
        void line(byte[] buffer, int start, int end);
    }

    /** Supplies the buffers chunks are read into, and takes each chunk, with its buffer, once it is read. */
    public interface ChunkHandler {
        /** An empty buffer of at least {@link #bufferSize(int)} bytes. */
        byte[] buffer();

        /** {@code buffer[start, end)} holds whole lines; the buffer is the handler's until it gives it back. */
        void chunk(byte[] buffer, int start, int end);
    }

    /** Chunk size for parsing: large enough that handing a chunk to a thread costs nothing beside parsing it. */
    public static final int CHUNK = 1 << 20;
    /** A longer "line" is not a syslog line: keep memory bounded and skip it. */
    private static final int LONGEST_LINE = 1 << 16;

    private LineReader() {
    }

    public static int bufferSize(int chunkBytes) {
        return chunkBytes + LONGEST_LINE;
    }

    /**
     * Reads the stream in chunks of whole lines of about {@code chunkBytes} each into {@code handler}; the last chunk
     * may end with a line without its newline.
     *
     * @return {@code null} when the stream ended cleanly, otherwise why it could not be read further; a line cut by
     * the damage is dropped, since its end is unknown
     */
    public static String read(InputStream raw, int chunkBytes, ChunkHandler handler) {
        byte[] buf = handler.buffer();
        int start = 0;
        int end = 0;
        boolean skippingOverlong = false;
        try (InputStream in = decompressed(raw)) {
            int n;
            while ((n = in.read(buf, end, buf.length - end)) >= 0) {
                int from = end;
                end += n;
                if (skippingOverlong) {
                    int newline = nextNewline(buf, from, end);
                    if (newline < 0) {
                        start = end = 0;
                        continue;
                    }
                    skippingOverlong = false;
                    start = newline + 1;
                }
                if (end - start < chunkBytes && end < buf.length) {
                    continue; // gather a whole chunk before handing it over
                }
                int last = lastNewline(buf, start, end);
                if (last < 0) {
                    if (end - start >= LONGEST_LINE) {
                        skippingOverlong = true;
                        start = end = 0;
                    } else {
                        System.arraycopy(buf, start, buf, 0, end - start);
                        end -= start;
                        start = 0;
                    }
                    continue;
                }
                byte[] next = handler.buffer();
                int held = end - last - 1;
                if (held >= LONGEST_LINE) {
                    skippingOverlong = true;
                    held = 0;
                } else {
                    System.arraycopy(buf, last + 1, next, 0, held);
                }
                handler.chunk(buf, start, last + 1);
                buf = next;
                start = 0;
                end = held;
            }
            if (end > start && !skippingOverlong) {
                handler.chunk(buf, start, end);
            }
            return null;
        } catch (IOException e) {
            int last = skippingOverlong ? -1 : lastNewline(buf, start, end);
            if (last >= 0) {
                handler.chunk(buf, start, last + 1);
            }
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * Hands every line of {@code buf[start, end)} over, without its line end; a last line without a newline too.
     */
    public static void lines(byte[] buf, int start, int end, LineHandler handler) {
        int newline;
        while ((newline = nextNewline(buf, start, end)) >= 0) {
            handler.line(buf, start, newline > start && buf[newline - 1] == '\r' ? newline - 1 : newline);
            start = newline + 1;
        }
        if (start < end) {
            handler.line(buf, start, buf[end - 1] == '\r' ? end - 1 : end);
        }
    }

    private static int lastNewline(byte[] buf, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int nextNewline(byte[] buf, int from, int end) {
        return Bytes.nextNewline(buf, from, end);
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
