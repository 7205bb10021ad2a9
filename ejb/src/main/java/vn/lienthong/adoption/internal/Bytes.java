package vn.lienthong.adoption.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Byte-range searches: the parser works on the read buffer so that skipped lines never become Strings. */
final class Bytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Bytes() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static boolean startsWith(byte[] b, int at, int end, byte[] prefix) {
        if (end - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** First index of {@code needle} in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, int from, int to, byte[] needle) {
        byte first = needle[0];
        int last = to - needle.length;
        for (int i = from; i <= last; i++) {
            i = indexOf(b, i, last + 1, first);
            if (i < 0) {
                return -1;
            }
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

    /** Index of the byte that ends a token started at {@code from}: one of the stop bytes, or {@code to}. */
    static int tokenEnd(byte[] b, int from, int to, byte stop1, byte stop2) {
        int i = from;
        while (i < to && b[i] != stop1 && b[i] != stop2) {
            i++;
        }
        return i;
    }
}
