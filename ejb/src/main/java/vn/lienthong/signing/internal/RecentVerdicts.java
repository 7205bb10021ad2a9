package vn.lienthong.signing.internal;

import vn.lienthong.signing.SignatureReport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The verdicts of the last moments, keyed by the SHA-256 of exactly what was verified: the file's bytes, the
 * detached signature's bytes and its file name (which decides WRONG_CONTENT against TAMPERED). A document sent to
 * several agencies inside LienThong arrives as the same signed bytes several times within milliseconds; each arrival
 * asks again and gets the verdict of the first (decision 042). Any other byte gives another key, so a changed copy is
 * verified on its own. A verification that is still running is waited for rather than repeated.
 * <p>
 * Bounded in size (least recently used goes first) and in age, because a verdict can change with the time (a
 * certificate expiring) and with the CRLs: whoever refreshes the CRLs starts a new instance. Thread-safe.
 */
public final class RecentVerdicts {

    private record Key(byte[] content, byte[] signature, String signatureFileName) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(content, k.content) && Arrays.equals(signature, k.signature)
                    && Objects.equals(signatureFileName, k.signatureFileName);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(content) * 31 + Arrays.hashCode(signature);
        }
    }

    private record Entry(CompletableFuture<SignatureReport> report, Instant at) {
    }

    private final Clock clock;
    private final Duration keep;
    private final Map<Key, Entry> entries;

    /** @param keep how long a verdict is given again; zero remembers nothing */
    public RecentVerdicts(Clock clock, Duration keep, int maxEntries) {
        this.clock = clock;
        this.keep = keep;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * The verdict on these bytes: a recent one when there is one, else what {@code verify} finds (remembered).
     *
     * @param signature the detached signature, or {@code null} when the file carries its own
     */
    public SignatureReport verdict(byte[] content, String signatureFileName, byte[] signature,
                                   Supplier<SignatureReport> verify) {
        if (keep.isZero()) {
            return verify.get();
        }
        Key key = new Key(sha256(content), signature == null ? null : sha256(signature), signatureFileName);
        Instant now = clock.instant();
        CompletableFuture<SignatureReport> mine = new CompletableFuture<>();
        Entry found;
        synchronized (entries) {
            found = entries.get(key);
            if (found == null || found.at().plus(keep).isBefore(now)) {
                entries.put(key, new Entry(mine, now));
                found = null;
            }
        }
        if (found != null) {
            try {
                return found.report().join();
            } catch (CompletionException | CancellationException e) {
                return verify.get(); // the first verification failed unexpectedly: this caller tries on its own
            }
        }
        try {
            SignatureReport report = verify.get();
            mine.complete(report);
            return report;
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                Entry current = entries.get(key);
                if (current != null && current.report() == mine) {
                    entries.remove(key);
                }
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
