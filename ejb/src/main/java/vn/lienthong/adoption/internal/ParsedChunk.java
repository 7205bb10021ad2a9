package vn.lienthong.adoption.internal;

import vn.lienthong.adoption.ClientKind;
import vn.lienthong.adoption.UsageEventKind;

import java.util.Arrays;

/**
 * What parsing one chunk of a log found, in line order, as parallel arrays reused from chunk to chunk: events with
 * their identities, and the submission steps (smtpd names the user, qmgr confirms the queue took the message) that
 * only the importer's ordered settling can pair, since the two lines may fall in different chunks.
 */
public final class ParsedChunk {

    /** What a record is. */
    public static final byte EVENT = 0;
    /** smtpd's authenticated submission, waiting by host and queue id for its confirmation. */
    public static final byte SUBMISSION = 1;
    /** qmgr's {@code from=<…>}: a waiting submission with this key, if any, counts. */
    public static final byte QUEUED = 2;

    private static final UsageEventKind[] KINDS = UsageEventKind.values();
    private static final ClientKind[] CLIENTS = ClientKind.values();

    private byte[] type = new byte[1024];
    private byte[] kind = new byte[1024];
    private byte[] client = new byte[1024];
    private MailboxTable.Entry[] mailbox = new MailboxTable.Entry[1024];
    private long[] second = new long[1024];
    private String[] host = new String[1024];
    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private QueueKey[] queueKey = new QueueKey[1024];
    private boolean[] fresh = new boolean[1024];
    private boolean[] repeat = new boolean[1024];
    private int size;
    private long confirmed;

    long lines;
    long recognised;
    long unreadable;

    void clear() {
        Arrays.fill(mailbox, 0, size, null);
        Arrays.fill(host, 0, size, null);
        Arrays.fill(queueKey, 0, size, null);
        size = 0;
        confirmed = 0;
        lines = 0;
        recognised = 0;
        unreadable = 0;
    }

    /** Adds an event; returns its index. */
    int event(UsageEventKind k, ClientKind c, MailboxTable.Entry m, long s, String h, long hi, long lo) {
        add(EVENT, k, c, m, s, h, hi, lo, null);
        return size - 1;
    }

    /**
     * Adds an event with the identity of the earlier event {@code earlier} of this chunk: it cannot be the first of
     * its identity, so settling needs no lookup for it.
     */
    void repeat(int earlier, UsageEventKind k, ClientKind c, MailboxTable.Entry m, long s, String h) {
        add(EVENT, k, c, m, s, h, high[earlier], low[earlier], null);
        repeat[size - 1] = true;
    }

    void submission(QueueKey key, MailboxTable.Entry m, long s, String h, long hi, long lo) {
        add(SUBMISSION, UsageEventKind.MESSAGE_SUBMITTED, ClientKind.SUBMISSION, m, s, h, hi, lo, key);
    }

    void queued(QueueKey key) {
        add(QUEUED, UsageEventKind.MESSAGE_SUBMITTED, ClientKind.SUBMISSION, null, 0, null, 0, 0, key);
    }

    private void add(byte t, UsageEventKind k, ClientKind c, MailboxTable.Entry m, long s, String h, long hi,
                     long lo, QueueKey key) {
        if (size == type.length) {
            grow();
        }
        type[size] = t;
        kind[size] = (byte) k.ordinal();
        client[size] = (byte) c.ordinal();
        mailbox[size] = m;
        second[size] = s;
        host[size] = h;
        high[size] = hi;
        low[size] = lo;
        queueKey[size] = key;
        fresh[size] = false;
        repeat[size] = false;
        size++;
    }

    private void grow() {
        int n = type.length * 2;
        type = Arrays.copyOf(type, n);
        kind = Arrays.copyOf(kind, n);
        client = Arrays.copyOf(client, n);
        mailbox = Arrays.copyOf(mailbox, n);
        second = Arrays.copyOf(second, n);
        host = Arrays.copyOf(host, n);
        high = Arrays.copyOf(high, n);
        low = Arrays.copyOf(low, n);
        queueKey = Arrays.copyOf(queueKey, n);
        fresh = Arrays.copyOf(fresh, n);
        repeat = Arrays.copyOf(repeat, n);
    }

    /** Turns a {@link #QUEUED} record into the submission event it confirms. */
    public void confirm(int i, MailboxTable.Entry m, long s, String h, long hi, long lo) {
        type[i] = EVENT;
        mailbox[i] = m;
        second[i] = s;
        host[i] = h;
        high[i] = hi;
        low[i] = lo;
        confirmed++;
    }

    /** Marks, in order, each event that is the first of its identity in the run, adding the identities to it. */
    public void markFresh(EventIdSet seen) {
        seen.prefetch(low, size);
        for (int i = 0; i < size; i++) {
            if (type[i] == EVENT) {
                fresh[i] = !repeat[i] && seen.add(high[i], low[i]);
            }
        }
    }

    public boolean fresh(int i) {
        return fresh[i];
    }

    /** qmgr lines that confirmed a waiting submission: recognised, though the parser could not tell. */
    public long confirmedLines() {
        return confirmed;
    }

    public int size() {
        return size;
    }

    public byte type(int i) {
        return type[i];
    }

    public UsageEventKind kind(int i) {
        return KINDS[kind[i]];
    }

    public ClientKind client(int i) {
        return CLIENTS[client[i]];
    }

    public MailboxTable.Entry mailbox(int i) {
        return mailbox[i];
    }

    public long epochSecond(int i) {
        return second[i];
    }

    public String host(int i) {
        return host[i];
    }

    public long idHigh(int i) {
        return high[i];
    }

    public long idLow(int i) {
        return low[i];
    }

    public QueueKey queueKey(int i) {
        return queueKey[i];
    }

    /** Lines in the chunk. */
    public long lines() {
        return lines;
    }

    /** Event lines, not counting qmgr confirmations: whether one confirms anything is for the settling to say. */
    public long recognisedLines() {
        return recognised;
    }

    public long unreadableLines() {
        return unreadable;
    }
}
