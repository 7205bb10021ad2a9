package vn.lienthong.adoption.internal;

/**
 * The identities already counted in one import run, as pairs of longs in open addressing: millions of them fit in
 * a fraction of what boxed ids in a {@code HashSet} would take. The ids are hash outputs, so their bits index directly.
 */
public final class EventIdSet {

    private long[] highs = new long[1 << 12];
    private long[] lows = new long[1 << 12];
    private int size;

    /** Adds the id; {@code false} when it was already there. */
    public boolean add(long high, long low) {
        if (high == 0 && low == 0) {
            low = 1; // (0, 0) marks an empty slot; a 2^-128 chance of sharing it with (0, 1) is acceptable
        }
        int mask = highs.length - 1;
        for (int slot = (int) low & mask; ; slot = (slot + 1) & mask) {
            if (highs[slot] == 0 && lows[slot] == 0) {
                highs[slot] = high;
                lows[slot] = low;
                if (++size * 3 > highs.length * 2) {
                    grow();
                }
                return true;
            }
            if (highs[slot] == high && lows[slot] == low) {
                return false;
            }
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldHighs = highs;
        long[] oldLows = lows;
        highs = new long[oldHighs.length * 2];
        lows = new long[oldLows.length * 2];
        int mask = highs.length - 1;
        for (int i = 0; i < oldHighs.length; i++) {
            if (oldHighs[i] != 0 || oldLows[i] != 0) {
                int slot = (int) oldLows[i] & mask;
                while (highs[slot] != 0 || lows[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                highs[slot] = oldHighs[i];
                lows[slot] = oldLows[i];
            }
        }
    }
}
