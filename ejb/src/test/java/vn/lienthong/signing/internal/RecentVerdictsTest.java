package vn.lienthong.signing.internal;

import org.junit.jupiter.api.Test;
import vn.lienthong.signing.Reason;
import vn.lienthong.signing.SignatureReport;
import vn.lienthong.signing.Verdict;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecentVerdictsTest {

    private static final SignatureReport VALID = SignatureReport.of(Verdict.VALID, Reason.NO_SIGNATURE);
    private static final SignatureReport TAMPERED = SignatureReport.of(Verdict.INVALID, Reason.TAMPERED);

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final AtomicInteger verifications = new AtomicInteger();

    private Supplier<SignatureReport> counting(SignatureReport report) {
        return () -> {
            verifications.incrementAndGet();
            return report;
        };
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameBytesAreVerifiedOnceAndAnyChangedByteIsVerifiedOnItsOwn() {
        RecentVerdicts recent = new RecentVerdicts(clock, Duration.ofSeconds(60), 16);
        for (int recipient = 0; recipient < 3; recipient++) {
            assertSame(VALID, recent.verdict(bytes("signed letter"), null, null, counting(VALID)));
        }
        assertEquals(1, verifications.get(), "three arrivals of the same bytes, one verification");

        assertSame(TAMPERED, recent.verdict(bytes("signed lettex"), null, null, counting(TAMPERED)),
                "a changed copy gets its own verdict, never the original's");
        assertSame(TAMPERED, recent.verdict(bytes("signed letter"), "a.p7s", bytes("sig"), counting(TAMPERED)),
                "the same file with a detached signature is another question");
        assertSame(TAMPERED, recent.verdict(bytes("signed letter"), "a.p7s", bytes("sih"), counting(TAMPERED)),
                "another signature too");
        assertSame(TAMPERED, recent.verdict(bytes("signed letter"), "b.docx.p7s", bytes("sig"), counting(TAMPERED)),
                "another signature name may change the reason (WRONG_CONTENT)");
        assertEquals(5, verifications.get());
    }

    @Test
    void aVerdictIsGivenAgainOnlyForAWhile() {
        RecentVerdicts recent = new RecentVerdicts(clock, Duration.ofSeconds(60), 16);
        recent.verdict(bytes("x"), null, null, counting(VALID));
        clock.now = clock.now.plusSeconds(60);
        recent.verdict(bytes("x"), null, null, counting(VALID));
        assertEquals(1, verifications.get(), "still within the minute");
        clock.now = clock.now.plusSeconds(1);
        recent.verdict(bytes("x"), null, null, counting(VALID));
        assertEquals(2, verifications.get(), "an old verdict is not trusted: the certificate may have expired since");
    }

    @Test
    void zeroRemembersNothingAndTheSizeIsBounded() {
        RecentVerdicts off = new RecentVerdicts(clock, Duration.ZERO, 16);
        off.verdict(bytes("x"), null, null, counting(VALID));
        off.verdict(bytes("x"), null, null, counting(VALID));
        assertEquals(2, verifications.get());

        verifications.set(0);
        RecentVerdicts small = new RecentVerdicts(clock, Duration.ofSeconds(60), 2);
        small.verdict(bytes("a"), null, null, counting(VALID));
        small.verdict(bytes("b"), null, null, counting(VALID));
        small.verdict(bytes("c"), null, null, counting(VALID)); // "a" goes
        small.verdict(bytes("c"), null, null, counting(VALID));
        assertEquals(3, verifications.get());
        small.verdict(bytes("a"), null, null, counting(VALID));
        assertEquals(4, verifications.get(), "the least recently used verdict was dropped");
    }

    @Test
    void arrivalsAtTheSameMomentWaitForTheVerificationInFlight() throws Exception {
        RecentVerdicts recent = new RecentVerdicts(clock, Duration.ofSeconds(60), 16);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<SignatureReport> first = pool.submit(() -> recent.verdict(bytes("x"), null, null, () -> {
                verifications.incrementAndGet();
                started.countDown();
                await(release);
                return VALID;
            }));
            started.await();
            Future<SignatureReport> second = pool.submit(() -> recent.verdict(bytes("x"), null, null, counting(TAMPERED)));
            Future<SignatureReport> third = pool.submit(() -> recent.verdict(bytes("x"), null, null, counting(TAMPERED)));
            release.countDown();
            assertSame(VALID, first.get());
            assertSame(VALID, second.get());
            assertSame(VALID, third.get());
            assertEquals(1, verifications.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aVerificationThatThrowsIsNotRemembered() {
        RecentVerdicts recent = new RecentVerdicts(clock, Duration.ofSeconds(60), 16);
        assertThrows(IllegalStateException.class, () -> recent.verdict(bytes("x"), null, null, () -> {
            throw new IllegalStateException("broken");
        }));
        assertSame(VALID, recent.verdict(bytes("x"), null, null, counting(VALID)));
        assertEquals(1, verifications.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
