package vn.lienthong.adoption.internal;

import java.nio.charset.StandardCharsets;

/** Byte-range searches: the parser works on the read buffer so that skipped lines never become Strings. */
final class Bytes {

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
            if (b[i] == first && startsWith(b, i, to, needle)) {
                return i;
            }
        }
        return -1;
    }

    static int indexOf(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
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
