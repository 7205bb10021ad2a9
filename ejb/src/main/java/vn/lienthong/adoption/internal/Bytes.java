package vn.lienthong.adoption.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Byte-range searches: the parser works on the read buffer so that skipped lines never become Strings. */
final class Bytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = '\n' * ONES;

    private Bytes() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A fixed prefix with its first sixteen bytes kept as two words and masks: every line is tested against several,
     * most shorter than eight bytes, and one masked compare replaces a loop over their bytes.
     */
    static final class Prefix {
        final byte[] bytes;
        final int length;
        private final long word0;
        private final long mask0;
        private final long word1;
        private final long mask1;

        private Prefix(byte[] bytes) {
            this.bytes = bytes;
            this.length = bytes.length;
            byte[] padded = Arrays.copyOf(bytes, Math.max(bytes.length, 2 * Long.BYTES));
            this.word0 = longAt(padded, 0);
            this.word1 = longAt(padded, Long.BYTES);
            this.mask0 = mask(bytes.length);
            this.mask1 = mask(bytes.length - Long.BYTES);
        }

        /** Ones over the first {@code n} bytes of a word (its low bytes), all of it from eight on. */
        private static long mask(int n) {
            return n <= 0 ? 0 : n >= Long.BYTES ? -1L : (1L << (8 * n)) - 1;
        }
    }

    static Prefix prefix(String text) {
        return new Prefix(ascii(text));
    }

    /**
     * Whether {@code b[at, end)} starts with the prefix. The words are read whole where the array allows, past
     * {@code end} too: the masks keep only the prefix's bytes, which lie before {@code end}.
     */
    static boolean startsWith(byte[] b, int at, int end, Prefix prefix) {
        int n = prefix.length;
        if (end - at < n) {
            return false;
        }
        if (at + 2 * Long.BYTES > b.length) {
            return startsWith(b, at, end, prefix.bytes);
        }
        if ((longAt(b, at) & prefix.mask0) != prefix.word0) {
            return false;
        }
        if (n <= Long.BYTES) {
            return true;
        }
        if ((longAt(b, at + Long.BYTES) & prefix.mask1) != prefix.word1) {
            return false;
        }
        for (int i = 2 * Long.BYTES; i < n; i++) {
            if (b[at + i] != prefix.bytes[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(byte[] b, int at, int end, byte[] prefix) {
        if (end - at < prefix.length) {
            return false;
        }
        int i = 0;
        if (prefix.length >= Long.BYTES) { // every line is tested against a few: the first eight bytes at once
            if (longAt(b, at) != longAt(prefix, 0)) {
                return false;
            }
            i = Long.BYTES;
        }
        for (; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * First index of {@code needle} in {@code b[from, to)}, or -1. Eight candidate positions at a time must match the
     * needle's first and last bytes together before the rest is compared: log text is full of a needle's first letter
     * alone ("s" of "status=sent"), rarely of both at the right distance.
     */
    static int indexOf(byte[] b, int from, int to, byte[] needle) {
        int n = needle.length;
        long first = (needle[0] & 0xFFL) * ONES;
        long last = (needle[n - 1] & 0xFFL) * ONES;
        int i = from;
        while (i + n - 1 + Long.BYTES <= to) {
            long x = ((long) LONGS.get(b, i) ^ first) | ((long) LONGS.get(b, i + n - 1) ^ last);
            long zeroes = (x - ONES) & ~x & HIGHS; // the lowest marked byte is the first candidate
            if (zeroes == 0) {
                i += Long.BYTES;
                continue;
            }
            int at = i + (Long.numberOfTrailingZeros(zeroes) >>> 3);
            if (startsWith(b, at, to, needle)) {
                return at;
            }
            i = at + 1;
        }
        for (; i <= to - n; i++) {
            if (startsWith(b, i, to, needle)) {
                return i;
            }
        }
        return -1;
    }

    /** First index of {@code c} in {@code b[from, to)}, or -1; eight bytes at a time, since most lines are long. */
    static int indexOf(byte[] b, int from, int to, byte c) {
        long pattern = (c & 0xFFL) * ONES;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ pattern;
            long zeroes = (x - ONES) & ~x & HIGHS; // the lowest marked byte is the first match
            if (zeroes != 0) {
                return i + (Long.numberOfTrailingZeros(zeroes) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * First newline in {@code b[from, to)}, or -1: every byte of the file passes here once, so sixteen bytes a step,
     * with one branch for both halves (a syslog line is some 150 bytes long).
     */
    static int nextNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 2 * Long.BYTES <= to; i += 2 * Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long y = (long) LONGS.get(b, i + Long.BYTES) ^ NEWLINES;
            long zx = (x - ONES) & ~x & HIGHS;
            long zy = (y - ONES) & ~y & HIGHS;
            if ((zx | zy) != 0) {
                return zx != 0 ? i + (Long.numberOfTrailingZeros(zx) >>> 3)
                        : i + Long.BYTES + (Long.numberOfTrailingZeros(zy) >>> 3);
            }
        }
        return indexOf(b, i, to, (byte) '\n');
    }

    /** Whether {@code b[from, to)} holds exactly the bytes of {@code a}; a plain loop, as the ranges are short. */
    static boolean equals(byte[] a, byte[] b, int from, int to) {
        if (a.length != to - from) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** The eight bytes at {@code at}, the first in the lowest bits. */
    static long longAt(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }

    /** Eight bytes with ASCII capitals made small letters, all at once; other bytes, UTF-8 ones too, stay. */
    static long lowerAscii(long v) {
        long low7 = v & ~HIGHS;
        long atLeastA = low7 + (0x80 - 'A') * ONES; // high bit set where the byte is 'A' or above
        long aboveZ = low7 + (0x80 - 'Z' - 1) * ONES; // high bit set where the byte is above 'Z'
        long capitals = atLeastA & ~aboveZ & ~v & HIGHS;
        return v | (capitals >>> 2); // 0x80 >>> 2 is 0x20, the case bit
    }

    /** Index of the byte that ends a token started at {@code from}: one of the stop bytes, or {@code to}. */
    static int tokenEnd(byte[] b, int from, int to, byte stop1, byte stop2) {
        long pattern1 = (stop1 & 0xFFL) * ONES;
        long pattern2 = (stop2 & 0xFFL) * ONES;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(b, i);
            long x1 = x ^ pattern1;
            long x2 = x ^ pattern2;
            // Each mark's lowest byte is exact, so the lowest of either is the first stop byte.
            long stops = ((x1 - ONES) & ~x1 | (x2 - ONES) & ~x2) & HIGHS;
            if (stops != 0) {
                return i + (Long.numberOfTrailingZeros(stops) >>> 3);
            }
        }
        while (i < to && b[i] != stop1 && b[i] != stop2) {
            i++;
        }
        return i;
    }
}
