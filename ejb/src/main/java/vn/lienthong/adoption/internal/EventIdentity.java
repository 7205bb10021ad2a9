package vn.lienthong.adoption.internal;

import vn.lienthong.adoption.UsageEventId;
import vn.lienthong.adoption.UsageEventKind;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes {@link vn.lienthong.adoption.UsageEventId}s: SHA-256 over unambiguous, length-prefixed fields, kept to
 * 128 bits. A cryptographic hash because user names in failed logins are chosen by strangers, who must not be able
 * to make their event collide with someone else's and hide it.
 */
public final class EventIdentity {

    /** Longer fields are cut: no real host, mailbox or session id comes near, and the buffer stays bounded. */
    private static final int LONGEST_FIELD = 512;
    /** The kind, a second, and at most three fields. */
    private static final int CAPACITY = 1 + Long.BYTES + 3 * (2 + LONGEST_FIELD);

    private final MessageDigest sha;
    private final byte[] input = new byte[CAPACITY];
    private final byte[] digest = new byte[32];
    private int length;
    long high;
    long low;

    /** One identity, for events that do not come from logs (the webmail view), hashed the way the parser does. */
    public static UsageEventId of(UsageEventKind kind, String host, long epochSecond, String mailbox,
                                  String distinguishing) {
        EventIdentity identity = new EventIdentity();
        identity.begin(kind).add(host.getBytes(StandardCharsets.UTF_8)).add(epochSecond)
                .add(mailbox.getBytes(StandardCharsets.UTF_8)).add(distinguishing.getBytes(StandardCharsets.UTF_8))
                .end();
        return new UsageEventId(identity.high, identity.low);
    }

    EventIdentity() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    EventIdentity begin(UsageEventKind kind) {
        input[0] = (byte) kind.ordinal();
        length = 1;
        return this;
    }

    EventIdentity add(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            input[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    EventIdentity add(byte[] bytes) {
        return add(bytes, 0, bytes.length);
    }

    /** Adds a field with its length first, so that ("ab", "c") and ("a", "bc") differ. */
    EventIdentity add(byte[] b, int from, int to) {
        int n = Math.min(to - from, LONGEST_FIELD);
        input[length++] = (byte) (n >>> 8);
        input[length++] = (byte) n;
        System.arraycopy(b, from, input, length, n);
        length += n;
        return this;
    }

    /** Finishes the identity into {@link #high} and {@link #low}. */
    void end() {
        sha.update(input, 0, length);
        try {
            sha.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
        high = toLong(0);
        low = toLong(8);
    }

    private long toLong(int at) {
        long value = 0;
        for (int i = at; i < at + 8; i++) {
            value = (value << 8) | (digest[i] & 0xFF);
        }
        return value;
    }
}
