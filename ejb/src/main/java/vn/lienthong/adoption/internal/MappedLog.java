package vn.lienthong.adoption.internal;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A plain log file mapped into memory, read by the parsing threads straight from the page cache: one copy of each
 * byte (into a parser's buffer, on the parser's own thread) instead of two on the reading thread (decision 063).
 * The file is mapped in windows of at most {@link #WINDOW} bytes, each chunk lying within one. What the file holds
 * when it is opened is what is imported: lines appended later wait for the next import.
 */
public final class MappedLog implements AutoCloseable {

    /** The most one mapping covers; a {@link java.nio.ByteBuffer} indexes with an int. */
    static final long WINDOW = 1L << 30;

    private final FileChannel channel;
    private final long size;
    private MappedByteBuffer map;
    private long mapStart;

    private MappedLog(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    /**
     * The file mapped, or {@code null} when it should be streamed instead: gzip-compressed (by its magic bytes, as
     * {@link LineReader} recognises it), empty, or not a regular file.
     */
    public static MappedLog open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            MappedLog log = new MappedLog(channel);
            if (log.size >= 2 && log.byteAt(0) == (byte) 0x1f && log.byteAt(1) == (byte) 0x8b || log.size == 0) {
                channel.close();
                return null;
            }
            return log;
        } catch (IOException | UnsupportedOperationException e) {
            channel.close(); // e.g. a pipe or a special file: streamed
            return null;
        }
    }

    public long size() {
        return size;
    }

    /** A part of the file for a parsing task, to be copied out on its thread. */
    public final class Chunk {
        private final MappedByteBuffer in;
        private final int from;
        private final int length;

        private Chunk(MappedByteBuffer in, int from, int length) {
            this.in = in;
            this.from = from;
            this.length = length;
        }

        /** Copies the chunk to the start of {@code buffer}; returns its length. */
        public int copyTo(byte[] buffer) throws IOException {
            try {
                in.get(from, buffer, 0, length); // absolute: the mapping's position is never moved
            } catch (InternalError e) {
                throw shrank(e);
            }
            return length;
        }
    }

    /** {@code [start, end)}, which must lie within {@link LineReader#bufferSize} of any chunk size. */
    public Chunk chunk(long start, long end) throws IOException {
        cover(start, end);
        return new Chunk(map, (int) (start - mapStart), (int) (end - start));
    }

    /** The index of the last newline in {@code [from, to)}, or -1; lines are short, so this reads a few bytes. */
    public long lastNewline(long from, long to) throws IOException {
        cover(from, to);
        try {
            for (int i = (int) (to - mapStart) - 1, first = (int) (from - mapStart); i >= first; i--) {
                if (map.get(i) == '\n') {
                    return mapStart + i;
                }
            }
            return -1;
        } catch (InternalError e) {
            throw shrank(e);
        }
    }

    /** The index of the first newline in {@code [from, to)}, or -1. */
    public long nextNewline(long from, long to) throws IOException {
        for (long at = from; at < to; ) {
            long end = Math.min(to, at + WINDOW / 2);
            cover(at, end);
            try {
                for (int i = (int) (at - mapStart), last = (int) (end - mapStart); i < last; i++) {
                    if (map.get(i) == '\n') {
                        return mapStart + i;
                    }
                }
            } catch (InternalError e) {
                throw shrank(e);
            }
            at = end;
        }
        return -1;
    }

    /** The JVM reports a fault on a mapping (its file cut shorter meanwhile) as an {@link InternalError}. */
    private static IOException shrank(InternalError e) {
        return new IOException("the file shrank while it was read", e);
    }

    private byte byteAt(long at) throws IOException {
        cover(at, at + 1);
        return map.get((int) (at - mapStart));
    }

    /** Maps a window that holds {@code [from, to)}, unless the current one does. */
    private void cover(long from, long to) throws IOException {
        if (map == null || from < mapStart || to > mapStart + map.capacity()) {
            mapStart = from;
            map = channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(size - from, WINDOW));
        }
    }

    /** Closes the file; the mappings stay valid for the chunks still being parsed, and go with them. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
