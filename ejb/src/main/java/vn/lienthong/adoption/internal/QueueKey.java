package vn.lienthong.adoption.internal;

import java.nio.charset.StandardCharsets;

/**
 * A Postfix queue id on its host, the key that pairs smtpd's submission with qmgr's queue entry. One submission line
 * in eight: the id's letters and digits are packed six bits each, ten to a long, rather than copied into Strings.
 *
 * @param host the host's interned name
 * @param rest what does not fit in the two longs (more than 20 characters, which Postfix never writes), or null
 */
public record QueueKey(String host, long first, long second, String rest) {

    /** The queue id in {@code b[from, to)}, letters and digits only (as the parser found it). */
    static QueueKey of(String host, byte[] b, int from, int to) {
        int firstEnd = Math.min(to, from + 10);
        int secondEnd = Math.min(to, from + 20);
        String rest = secondEnd < to ? new String(b, secondEnd, to - secondEnd, StandardCharsets.ISO_8859_1) : null;
        return new QueueKey(host, packed(b, from, firstEnd), packed(b, firstEnd, secondEnd), rest);
    }

    /** Each character as 1 to 62, so that a shorter id never packs like a longer one. */
    private static long packed(byte[] b, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            int code = c <= '9' ? c - '0' + 1 : c <= 'Z' ? c - 'A' + 11 : c - 'a' + 37;
            value = (value << 6) | code;
        }
        return value;
    }
}
