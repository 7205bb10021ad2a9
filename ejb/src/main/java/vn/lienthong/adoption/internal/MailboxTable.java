package vn.lienthong.adoption.internal;

import vn.lienthong.adoption.Mailbox;
import vn.lienthong.adoption.UsageEventKind;
import vn.lienthong.platform.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The mailboxes met in logs, found by their bytes with case folded, so that a line that names a known mailbox costs
 * no allocation. Each entry keeps the mailbox's per-day counts. The run's table is shared by the parsing threads
 * through {@link #local()} views, which find what they met before without a lock and ask the run's table, under its
 * lock, only for a mailbox new to them: so every thread gets the same entry for the same mailbox.
 */
public final class MailboxTable {

    private static final int KINDS = UsageEventKind.values().length;

    /** One mailbox: its canonical bytes (for identities), whether the directory knows it, and its days. */
    public static final class Entry {
        final byte[] key;
        final Mailbox mailbox;
        final boolean official;
        private final Map<Long, int[]> days = new HashMap<>();
        private long lastDay = Long.MIN_VALUE;
        private int[] lastCounts;

        Entry(byte[] key, Mailbox mailbox, boolean official) {
            this.key = key;
            this.mailbox = mailbox;
            this.official = official;
        }

        public Mailbox mailbox() {
            return mailbox;
        }

        public boolean official() {
            return official;
        }

        /** Counts by {@link UsageEventKind#ordinal()} for each epoch day the mailbox had events. */
        public Map<Long, int[]> days() {
            return days;
        }

        public void count(long epochDay, UsageEventKind kind) {
            if (epochDay != lastDay) {
                lastCounts = days.computeIfAbsent(epochDay, d -> new int[KINDS]);
                lastDay = epochDay;
            }
            lastCounts[kind.ordinal()]++;
        }
    }

    private final Predicate<Mailbox> officials;
    private final MailboxTable run; // null for the run's own table
    private Entry[] slots = new Entry[1024];
    private final List<Entry> entries = new ArrayList<>();

    public MailboxTable(Predicate<Mailbox> officials) {
        this.officials = officials;
        this.run = null;
    }

    private MailboxTable(MailboxTable run) {
        this.officials = run.officials;
        this.run = run;
    }

    /** A view for one parsing thread. */
    public MailboxTable local() {
        return new MailboxTable(this);
    }

    public List<Entry> entries() {
        return entries;
    }

    private synchronized Entry internShared(byte[] b, int from, int to) {
        return intern(b, from, to);
    }

    /** The entry for the address in {@code b[from, to)}, or {@code null} when it is no address at all. */
    Entry intern(byte[] b, int from, int to) {
        if (to <= from || to - from > 254) {
            return null;
        }
        int mask = slots.length - 1;
        for (int slot = foldedHash(b, from, to) & mask; ; slot = (slot + 1) & mask) {
            Entry e = slots[slot];
            if (e == null) {
                return add(b, from, to, slot);
            }
            if (sameFolded(e.key, b, from, to)) {
                return e;
            }
        }
    }

    private Entry add(byte[] b, int from, int to, int slot) {
        if (run != null) {
            Entry entry = run.internShared(b, from, to);
            if (entry != null) {
                remember(entry, slot);
            }
            return entry;
        }
        byte[] key = Arrays.copyOfRange(b, from, to);
        for (int i = 0; i < key.length; i++) {
            key[i] = lower(key[i]);
        }
        Mailbox mailbox;
        try {
            mailbox = Mailbox.of(new String(key, StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            return null;
        }
        Entry entry = new Entry(key, mailbox, officials.test(mailbox));
        remember(entry, slot);
        return entry;
    }

    private void remember(Entry entry, int slot) {
        slots[slot] = entry;
        entries.add(entry);
        if (entries.size() * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        slots = new Entry[slots.length * 2];
        int mask = slots.length - 1;
        for (Entry e : entries) {
            int slot = foldedHash(e.key, 0, e.key.length) & mask;
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e;
        }
    }

    /** Every event line asks for its mailbox: hash and compare eight bytes at a time, with case folded. */
    private static boolean sameFolded(byte[] key, byte[] b, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        int i = 0;
        for (; i + Long.BYTES <= key.length; i += Long.BYTES) {
            if (Bytes.longAt(key, i) != Bytes.lowerAscii(Bytes.longAt(b, from + i))) {
                return false;
            }
        }
        for (; i < key.length; i++) {
            if (key[i] != lower(b[from + i])) {
                return false;
            }
        }
        return true;
    }

    private static int foldedHash(byte[] b, int from, int to) {
        long h = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            h = (h ^ Bytes.lowerAscii(Bytes.longAt(b, i))) * 0x9E3779B97F4A7C15L;
        }
        long tail = 0;
        for (; i < to; i++) {
            tail = (tail << 8) | (lower(b[i]) & 0xFF);
        }
        h = (h ^ tail) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private static byte lower(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }
}
