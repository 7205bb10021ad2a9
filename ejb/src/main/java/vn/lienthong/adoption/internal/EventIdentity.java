package vn.lienthong.adoption.internal;

import vn.lienthong.adoption.UsageEventKind;

import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes {@link vn.lienthong.adoption.UsageEventId}s: SHA-256 over unambiguous, length-prefixed fields, kept to
 * 128 bits. A cryptographic hash because user names in failed logins are chosen by strangers, who must not be able
 * to make their event collide with someone else's and hide it.
 */
final class EventIdentity {

    private final MessageDigest sha;
    private final ByteBuffer input = ByteBuffer.allocate(2048);
    private final byte[] digest = new byte[32];
    private final ByteBuffer digestView = ByteBuffer.wrap(digest);
    long high;
    long low;

    EventIdentity() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    EventIdentity begin(UsageEventKind kind) {
        input.clear();
        input.put((byte) kind.ordinal());
        return this;
    }

    EventIdentity add(long value) {
        input.putLong(value);
        return this;
    }

    EventIdentity add(byte[] bytes) {
        return add(bytes, 0, bytes.length);
    }

    EventIdentity add(byte[] b, int from, int to) {
        int length = Math.min(to - from, input.remaining() - 4);
        input.putInt(length);
        input.put(b, from, length);
        return this;
    }

    /** Finishes the identity into {@link #high} and {@link #low}. */
    void end() {
        sha.update(input.array(), 0, input.position());
        try {
            sha.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
        high = digestView.getLong(0);
        low = digestView.getLong(8);
    }
}
