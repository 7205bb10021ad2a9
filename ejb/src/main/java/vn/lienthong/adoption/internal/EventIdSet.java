package vn.lienthong.adoption.internal;

/**
 * The identities already counted in one import run, in open addressing over one {@code long[]} holding each id's
 * two halves side by side: a lookup costs one cache miss, and millions of ids fit in a fraction of what boxed ids in
 * a {@code HashSet} would take. The ids are hash outputs, so their bits index directly.
 */
public final class EventIdSet {

    private long[] slots = new long[2 << 16]; // room for a busy hour's ids before the first growth
    /** Beyond this (a 256 MB table) only ids actually met grow the set: a guess must not take the memory. */
    private static final long MOST_EXPECTED = 1L << 23;

    private int size;
    private long sink; // what prefetch read, kept so that the compiler keeps the reads

    /**
     * Reads the slots where the lookups of {@code low[0, n)} start, before the ids are added one by one. With millions
     * of ids nearly every lookup misses the cache; these reads are independent of each other, so the processor
     * overlaps their waits, whereas in {@link #add} the next lookup's read waits behind the branches on this one's
     * answer. Only a hint: the answers never depend on it.
     */
    public void prefetch(long[] low, int n) {
        long[] s = slots;
        int mask = (s.length >>> 1) - 1;
        long read = 0;
        for (int i = 0; i < n; i++) {
            read += s[((int) low[i] & mask) << 1];
        }
        sink += read;
    }

    /**
     * Makes room for about {@code more} ids beyond those held, in one step, when their number is known beforehand
     * (a file's size gives it): a set grown by doubling rehashes every id it holds at each step, one cache miss each.
     */
    public void expect(long more) {
        long wanted = Math.min(size + more, MOST_EXPECTED);
        int capacity = slots.length >>> 1;
        while (wanted * 3 > capacity * 2L) {
            capacity *= 2;
        }
        if (capacity > slots.length >>> 1) {
            rehash(capacity);
        }
    }

    /** Adds the id; {@code false} when it was already there. */
    public boolean add(long high, long low) {
        if (high == 0 && low == 0) {
            low = 1; // (0, 0) marks an empty slot; a 2^-128 chance of sharing it with (0, 1) is acceptable
        }
        int mask = (slots.length >>> 1) - 1;
        for (int slot = (int) low & mask; ; slot = (slot + 1) & mask) {
            int at = slot << 1;
            long h = slots[at];
            long l = slots[at + 1];
            if (h == 0 && l == 0) {
                slots[at] = high;
                slots[at + 1] = low;
                if (++size * 3 > (slots.length >>> 1) * 2) {
                    grow();
                }
                return true;
            }
            if (h == high && l == low) {
                return false;
            }
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        rehash(slots.length); // twice the slots: each takes two longs
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = new long[capacity * 2];
        int mask = (slots.length >>> 1) - 1;
        for (int at = 0; at < old.length; at += 2) {
            if (old[at] != 0 || old[at + 1] != 0) {
                int slot = (int) old[at + 1] & mask;
                while (slots[slot << 1] != 0 || slots[(slot << 1) + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot << 1] = old[at];
                slots[(slot << 1) + 1] = old[at + 1];
            }
        }
    }
}
