package vn.lienthong.adoption;

import vn.lienthong.adoption.internal.EventIdSet;
import vn.lienthong.adoption.internal.LineReader;
import vn.lienthong.adoption.internal.MailboxTable;
import vn.lienthong.adoption.internal.MappedLog;
import vn.lienthong.adoption.internal.ParsePipeline;
import vn.lienthong.adoption.internal.ParsedChunk;
import vn.lienthong.adoption.internal.QueueKey;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Imports Postfix and Dovecot logs from any number of servers, counting every event once however often its lines
 * are read: copies, rotated files and overlapping ones all meet on {@link UsageEventId}. Give the files of one run
 * in time order, so that a submission split across a rotation is still confirmed. Damage is reported, never thrown.
 * Parsing runs on the given executor's threads, chunk by chunk; duplicates and submissions are then settled in file
 * order (on the executor, one chunk after another), and counting and the consumer stay on the calling thread, in file
 * order too, so the result is the same on one thread or many (decision 061). One run per instance; not for
 * concurrent use.
 */
public final class MailLogImporter {

    private static final UsageEventKind[] KINDS = UsageEventKind.values();
    /**
     * About how many bytes of log hold one identity the run has not seen: in the real fixture, one in 414 (Dovecot
     * and Postfix chatter, and each delivery logged twice). The identity set is sized for a mapped file from this
     * before it starts, rather than grown (and rehashed) as it fills; a wrong guess only costs a growth or memory.
     */
    private static final long BYTES_PER_IDENTITY = 512;

    private final ZoneId zone;
    private final Consumer<UsageEvent> newEvents;
    private final MailboxTable mailboxes;
    private final ParsePipeline pipeline;
    private final Map<QueueKey, Submission> awaitingQueue = new HashMap<>();
    private final EventIdSet seen = new EventIdSet();
    private final List<ImportedFile> files = new ArrayList<>();
    private final long[] byKind = new long[KINDS.length];
    private long fileNew;
    private long fileDuplicates;
    private long fileLines;
    private long fileRecognised;
    private long fileUnreadable;

    // The day an instant falls on, in the reporting zone; events come in time order, so one day's bounds serve many.
    private long dayStart = Long.MAX_VALUE;
    private long dayEnd = Long.MIN_VALUE;
    private long epochDay;

    /** A submission named by smtpd, counted when qmgr shows the message entered the queue. */
    private record Submission(MailboxTable.Entry mailbox, long epochSecond, String host, long idHigh, long idLow) {
    }

    /**
     * An importer that parses on the calling thread.
     *
     * @param zone      the zone of classic syslog timestamps and of the days events are counted in
     * @param officials whether the officials directory knows a mailbox; asked from the parsing threads
     * @param newEvents receives each event the first time it is seen, e.g. to store it; called on the calling thread
     */
    public MailLogImporter(ZoneId zone, Predicate<Mailbox> officials, Consumer<UsageEvent> newEvents) {
        this(zone, officials, newEvents, Runnable::run, 1);
    }

    /**
     * An importer that parses on {@code parsers}' threads (a server's managed executor), about {@code threads} chunks
     * at a time, while the calling thread reads the file and counts.
     */
    public MailLogImporter(ZoneId zone, Predicate<Mailbox> officials, Consumer<UsageEvent> newEvents,
                           Executor parsers, int threads) {
        this(zone, officials, newEvents, parsers, threads, LineReader.CHUNK);
    }

    MailLogImporter(ZoneId zone, Predicate<Mailbox> officials, Consumer<UsageEvent> newEvents, Executor parsers,
                    int threads, int chunkBytes) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.newEvents = Objects.requireNonNull(newEvents, "newEvents");
        this.mailboxes = new MailboxTable(Objects.requireNonNull(officials, "officials"));
        // Chunks read ahead, per thread: on a busy machine each stage waits its turn for a core, and a deep enough
        // queue keeps the others working meanwhile; eight 1 MB chunks per thread bound the memory.
        this.pipeline = new ParsePipeline(zone, mailboxes, Objects.requireNonNull(parsers, "parsers"), chunkBytes,
                8 * Math.max(1, threads));
    }

    /** Imports one log up to its end or its damage, and says what it did. */
    public ImportedFile importLog(MailLogSource source) {
        fileNew = 0;
        fileDuplicates = 0;
        fileLines = 0;
        fileRecognised = 0;
        fileUnreadable = 0;
        String damage;
        try {
            damage = read(source);
        } catch (IOException e) {
            damage = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        ImportedFile file = new ImportedFile(source.name(), fileLines, fileNew, fileDuplicates,
                fileLines - fileRecognised, fileUnreadable, damage);
        files.add(file);
        return file;
    }

    /** A plain file on disk is mapped, anything else streamed (decision 063); the same chunks either way. */
    private String read(MailLogSource source) throws IOException {
        if (source.opener() instanceof MailLogSource.FileOpener file) {
            try (MappedLog log = MappedLog.open(file.file())) {
                if (log != null) {
                    seen.expect(log.size() / BYTES_PER_IDENTITY);
                    return pipeline.run(log, file.progress(), source.startingIn(), this::settle, this::merge);
                }
            }
        }
        try (InputStream in = source.opener().open()) {
            return pipeline.run(in, source.startingIn(), this::settle, this::merge);
        }
    }

    /** The run so far: every file imported, and the per-day aggregate of every event counted. */
    public MailLogImport result() {
        List<MailboxDay> days = new ArrayList<>();
        TreeMap<Mailbox, Long> unknown = new TreeMap<>();
        for (MailboxTable.Entry entry : mailboxes.entries()) {
            long use = 0;
            for (Map.Entry<Long, int[]> day : entry.days().entrySet()) {
                int[] c = day.getValue();
                days.add(new MailboxDay(entry.mailbox(), LocalDate.ofEpochDay(day.getKey()),
                        c[UsageEventKind.WEBMAIL_LOGIN.ordinal()], c[UsageEventKind.IMAP_LOGIN.ordinal()],
                        c[UsageEventKind.POP3_LOGIN.ordinal()], c[UsageEventKind.FAILED_LOGIN.ordinal()],
                        c[UsageEventKind.MESSAGE_SUBMITTED.ordinal()] + c[UsageEventKind.WEBMAIL_MESSAGE_SENT.ordinal()],
                        c[UsageEventKind.MESSAGE_RECEIVED.ordinal()]));
                use += total(c) - c[UsageEventKind.FAILED_LOGIN.ordinal()];
            }
            // A failed login proves nothing about a mailbox existing: strangers guess names.
            if (!entry.official() && use > 0) {
                unknown.merge(entry.mailbox(), use, Long::sum);
            }
        }
        days.sort(Comparator.comparing(MailboxDay::mailbox).thenComparing(MailboxDay::day));
        Map<UsageEventKind, Long> newByKind = new EnumMap<>(UsageEventKind.class);
        for (UsageEventKind kind : KINDS) {
            if (byKind[kind.ordinal()] > 0) {
                newByKind.put(kind, byKind[kind.ordinal()]);
            }
        }
        return new MailLogImport(files, days, unknown, newByKind, awaitingQueue.size());
    }

    /**
     * One parsed chunk, in file order, on an executor thread: pairs submissions with their queue entries (a confirmed
     * one becomes an event where qmgr confirmed it), then marks each event that is the first of its identity. The
     * pairing never looks at identities, so the two passes decide as one would.
     */
    private void settle(ParsedChunk chunk) {
        for (int i = 0, n = chunk.size(); i < n; i++) {
            byte type = chunk.type(i);
            if (type == ParsedChunk.SUBMISSION) {
                awaitingQueue.put(chunk.queueKey(i), new Submission(chunk.mailbox(i), chunk.epochSecond(i),
                        chunk.host(i), chunk.idHigh(i), chunk.idLow(i)));
            } else if (type == ParsedChunk.QUEUED) {
                Submission s = awaitingQueue.isEmpty() ? null : awaitingQueue.remove(chunk.queueKey(i));
                if (s != null) {
                    chunk.confirm(i, s.mailbox, s.epochSecond, s.host, s.idHigh, s.idLow);
                }
            }
        }
        chunk.markFresh(seen);
    }

    /** One settled chunk, in file order, on the calling thread: counts, and hands new events to the consumer. */
    private void merge(ParsedChunk chunk) {
        fileLines += chunk.lines();
        fileRecognised += chunk.recognisedLines() + chunk.confirmedLines();
        fileUnreadable += chunk.unreadableLines();
        for (int i = 0, n = chunk.size(); i < n; i++) {
            if (chunk.type(i) != ParsedChunk.EVENT) {
                continue;
            }
            if (!chunk.fresh(i)) {
                fileDuplicates++;
                continue;
            }
            accept(chunk.kind(i), chunk.client(i), chunk.mailbox(i), chunk.epochSecond(i), chunk.host(i),
                    chunk.idHigh(i), chunk.idLow(i));
        }
    }

    private void accept(UsageEventKind kind, ClientKind client, MailboxTable.Entry mailbox, long epochSecond,
                        String host, long idHigh, long idLow) {
        fileNew++;
        byKind[kind.ordinal()]++;
        mailbox.count(day(epochSecond), kind);
        newEvents.accept(new UsageEvent(new UsageEventId(idHigh, idLow), kind, mailbox.mailbox(),
                Instant.ofEpochSecond(epochSecond), client, host));
    }

    private long day(long epochSecond) {
        if (epochSecond < dayStart || epochSecond >= dayEnd) {
            LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
            epochDay = date.toEpochDay();
            dayStart = date.atStartOfDay(zone).toEpochSecond();
            dayEnd = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
        }
        return epochDay;
    }

    private static long total(int[] counts) {
        long sum = 0;
        for (UsageEventKind kind : KINDS) {
            sum += counts[kind.ordinal()];
        }
        return sum;
    }
}
