package vn.lienthong.adoption.internal;

import java.io.InputStream;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

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
    private final ConcurrentLinkedQueue<byte[]> buffers = new ConcurrentLinkedQueue<>();
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
        ArrayDeque<CompletableFuture<ParsedChunk>> pending = new ArrayDeque<>();
        @SuppressWarnings("unchecked")
        CompletableFuture<ParsedChunk>[] previous = new CompletableFuture[]{CompletableFuture.completedFuture(null)};
        try {
            String damage = LineReader.read(in, chunkBytes, new LineReader.ChunkHandler() {
                @Override
                public byte[] buffer() {
                    byte[] buffer = buffers.poll();
                    return buffer != null ? buffer : new byte[LineReader.bufferSize(chunkBytes)];
                }

                @Override
                public void chunk(byte[] buffer, int start, int end) {
                    CompletableFuture<ParsedChunk> parsed =
                            CompletableFuture.supplyAsync(() -> parse(buffer, start, end, startingIn), executor);
                    previous[0] = parsed.thenCombineAsync(previous[0], (chunk, before) -> {
                        ordered.accept(chunk);
                        return chunk;
                    }, executor);
                    pending.add(previous[0]);
                    while (pending.size() > inFlight) {
                        mergeNext(pending, merge);
                    }
                }
            });
            while (!pending.isEmpty()) {
                mergeNext(pending, merge);
            }
            return damage;
        } finally {
            // A failed merge leaves tasks running; let them finish with their own buffers, and drop them.
            pending.forEach(f -> f.cancel(false));
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
            buffers.add(buffer);
        }
    }

    private void mergeNext(ArrayDeque<CompletableFuture<ParsedChunk>> pending, Consumer<ParsedChunk> merge) {
        ParsedChunk chunk;
        try {
            chunk = pending.poll().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        merge.accept(chunk);
        results.add(chunk);
    }
}
