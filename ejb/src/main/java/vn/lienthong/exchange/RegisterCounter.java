package vn.lienthong.exchange;

import java.util.Objects;

/**
 * The last number issued under a key. {@link #next} is the whole numbering rule: one more than the last, from 1.
 * Gap-free allocation under concurrency belongs to the persistence layer, which locks the counter row.
 */
public record RegisterCounter(RegisterKey key, int last) {

    public RegisterCounter {
        Objects.requireNonNull(key, "key");
        if (last < 0) {
            throw new IllegalArgumentException("last " + last);
        }
    }

    /** A key's counter before its first document. */
    public static RegisterCounter start(RegisterKey key) {
        return new RegisterCounter(key, 0);
    }

    /** The counter after issuing one more number; its {@link #last} is that number. */
    public RegisterCounter next() {
        return new RegisterCounter(key, Math.addExact(last, 1));
    }
}
