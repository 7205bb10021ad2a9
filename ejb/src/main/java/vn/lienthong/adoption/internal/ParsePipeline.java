package vn.lienthong.adoption.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Parses a log on several threads and hands the results back in file order. The calling thread reads (and
 * decompresses) the file into chunks of whole lines; each chunk is parsed by the executor's threads, which do the
 * costly part (rejecting noise, timestamps, mailboxes, SHA-256 identities). Two stages then take the parsed chunks
 * strictly in file order, so that whatever depends on order (which copy of an event counts, pairing a submission with
 * its queue entry across chunks) comes out exactly as a single thread would make it: an ordered stage on the
 * executor (one chunk at a time, each after the one before), then the merge on the calling thread. Keeping the
 * ordered work off the calling thread keeps that thread, which also reads the file, from being the bottleneck.
 * Buffers, parsers and results are reused, so a long file allocates almost nothing per line.
 */
public final class ParsePipeline {

    private final ZoneId zone;
    private final MailboxTable mailboxes;
    private final Executor executor;
    private final int chunkBytes;
    private final int inFlight;
    // Last in, first out: a mapped file's parsing task takes the buffer the last task gave back, still in the cache.
    private final ConcurrentLinkedDeque<byte[]> buffers = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedQueue<MailLogParser> parsers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<ParsedChunk> results = new ConcurrentLinkedQueue<>();

    /**
     * @param executor   runs the parsing; {@code Runnable::run} parses on the calling thread
     * @param chunkBytes about how much of the file one task parses
     * @param inFlight   chunks read ahead of the merge: bounds memory at about {@code inFlight} chunk buffers
     */
    public ParsePipeline(ZoneId zone, MailboxTable mailboxes, Executor executor, int chunkBytes, int inFlight) {
        this.zone = zone;
        this.mailboxes = mailboxes;
        this.executor = executor;
        this.chunkBytes = chunkBytes;
        this.inFlight = Math.max(1, inFlight);
    }

    /**
     * Parses the whole stream, handing each chunk's result, in file order, first to {@code ordered} on an executor
     * thread, then to {@code merge} on the calling thread.
     *
     * @return why the stream could not be read to its end, or {@code null}
     */
    public String run(InputStream in, YearMonth startingIn, Consumer<ParsedChunk> ordered,
                      Consumer<ParsedChunk> merge) {
        Stages stages = new Stages(ordered, merge);
        try {
            String damage = LineReader.read(in, chunkBytes, new LineReader.ChunkHandler() {
                @Override
                public byte[] buffer() {
                    return takeBuffer();
                }

                @Override
                public void chunk(byte[] buffer, int start, int end) {
                    stages.add(() -> parse(buffer, start, end, startingIn));
                }
            });
            stages.finish();
            return damage;
        } finally {
            stages.cancel();
        }
    }

    /**
     * Parses a plain file that the calling thread maps rather than reads (decision 063): it only finds where each
     * chunk's last line ends, and each parsing task copies its own chunk out of the mapping, once, on its own thread.
     * The chunks are those {@link LineReader#read} would make: whole lines of about {@code chunkBytes}, a line with
     * no newline within {@link LineReader#bufferSize} bytes of its start skipped.
     *
     * @param progress told how many bytes of the file have been handed to the parsers
     * @return why the file could not be read to its end, or {@code null}
     */
    public String run(MappedLog log, LongConsumer progress, YearMonth startingIn, Consumer<ParsedChunk> ordered,
                      Consumer<ParsedChunk> merge) {
        Stages stages = new Stages(ordered, merge);
        try {
            long size = log.size();
            long start = 0;
            while (start < size && stages.damage == null) {
                long end;
                if (size - start <= chunkBytes) {
                    end = size;
                } else {
                    long last = log.lastNewline(start, start + chunkBytes);
                    if (last < 0) {
                        last = log.nextNewline(start + chunkBytes, Math.min(size, start + LineReader.bufferSize(chunkBytes)));
                    }
                    if (last < 0) { // overlong: no syslog line, and it would not fit a buffer; skip to its end
                        long newline = log.nextNewline(start + LineReader.bufferSize(chunkBytes), size);
                        start = newline < 0 ? size : newline + 1;
                        progress.accept(start);
                        continue;
                    }
                    end = last + 1;
                }
                MappedLog.Chunk chunk = log.chunk(start, end);
                stages.add(() -> parse(chunk, startingIn));
                progress.accept(end);
                start = end;
            }
            stages.finish();
            return stages.damage;
        } catch (IOException e) {
            stages.finish(); // the chunks handed over before the error
            return stages.damage != null ? stages.damage : e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            stages.cancel();
        }
    }

    private byte[] takeBuffer() {
        byte[] buffer = buffers.poll();
        return buffer != null ? buffer : new byte[LineReader.bufferSize(chunkBytes)];
    }

    private ParsedChunk parse(MappedLog.Chunk chunk, YearMonth startingIn) {
        byte[] buffer = takeBuffer();
        int length;
        try {
            length = chunk.copyTo(buffer);
        } catch (IOException e) {
            buffers.push(buffer);
            throw new UncheckedIOException(e);
        }
        return parse(buffer, 0, length, startingIn);
    }

    /**
     * The chunks in flight, in file order: each is parsed on the executor, then settled by {@code ordered} on the
     * executor after the one before it, then merged on the calling thread, at most {@link #inFlight} ahead.
     */
    private final class Stages {
        private final Consumer<ParsedChunk> ordered;
        private final Consumer<ParsedChunk> merge;
        private final ArrayDeque<CompletableFuture<ParsedChunk>> pending = new ArrayDeque<>();
        private CompletableFuture<ParsedChunk> previous = CompletableFuture.completedFuture(null);
        /** Why a parsing task could not read its chunk; no chunk after it is merged. */
        String damage;

        Stages(Consumer<ParsedChunk> ordered, Consumer<ParsedChunk> merge) {
            this.ordered = ordered;
            this.merge = merge;
        }

        void add(Supplier<ParsedChunk> parsing) {
            CompletableFuture<ParsedChunk> parsed = CompletableFuture.supplyAsync(parsing, executor);
            previous = parsed.thenCombineAsync(previous, (chunk, before) -> {
                ordered.accept(chunk);
                return chunk;
            }, executor);
            pending.add(previous);
            while (pending.size() > inFlight && damage == null) {
                mergeNext();
            }
        }

        void finish() {
            while (!pending.isEmpty() && damage == null) {
                mergeNext();
            }
        }

        /** A failed merge leaves tasks running; let them finish with their own buffers, and drop them. */
        void cancel() {
            pending.forEach(f -> f.cancel(false));
        }

        private void mergeNext() {
            ParsedChunk chunk;
            try {
                chunk = pending.poll().join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException u) {
                    damage = u.getCause().getClass().getSimpleName() + ": " + u.getCause().getMessage();
                    return;
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            merge.accept(chunk);
            results.add(chunk);
        }
    }

    private ParsedChunk parse(byte[] buffer, int start, int end, YearMonth startingIn) {
        MailLogParser parser = parsers.poll();
        if (parser == null) {
            parser = new MailLogParser(zone, mailboxes.local());
        }
        ParsedChunk result = results.poll();
        if (result == null) {
            result = new ParsedChunk();
        }
        try {
            parser.parse(buffer, start, end, startingIn, result);
            return result;
        } finally {
            parsers.add(parser);
            buffers.push(buffer);
        }
    }
}
