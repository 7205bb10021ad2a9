import vn.lienthong.content.ContentInspector;
import vn.lienthong.content.ContentPolicy;
import vn.lienthong.content.Extraction;
import vn.lienthong.content.SecrecyStampDetector;
import vn.lienthong.content.TrueType;
import vn.lienthong.exchange.VietnameseText;
import vn.lienthong.signing.PadesSigner;
import vn.lienthong.signing.SignatureReport;
import vn.lienthong.signing.SignatureVerifier;
import vn.lienthong.signing.SigningKey;
import vn.lienthong.signing.TrustSettings;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The floor of the routing benchmark: the library work one document needs, with LienThong's own classes, on the
 * harness's own 200 KB letter, single thread, warm, no server around it. Per document, as the server does it: the
 * upload's typing, text extraction, stamp detection, folding for search and SHA-256; the PAdES signature; one
 * PAdES verification on arrival (decision 042: one per send, not per recipient).
 *
 * Printed as thread CPU ms per document for each step (the parse runs on the calling thread here, through an executor
 * that runs inline, so that one thread's clock sees all of it) and as process CPU ms per document (JIT and GC
 * included), next to the budget: 200 documents/s on 2 cores is 10 ms of CPU per document for everything.
 *
 * Usage: FloorBench LETTER_PDF SHARED_DIR [DOCUMENTS_PER_ROUND] [ROUNDS]
 */
public final class FloorBench {

    static final char[] PASSWORD = "changeit".toCharArray();
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final String[] STEPS = {"typing (typeOf)", "text extraction (Tika/PDFBox)", "stamp detector + fold",
            "SHA-256 of the file", "PAdES sign (issue)", "PAdES verify (1 per send)"};

    public static void main(String[] args) throws Exception {
        byte[] letter = Files.readAllBytes(Path.of(args[0]));
        Path pki = Path.of(args[1], "fixtures/signatures/pki");
        int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int mark = RoutingBench.indexOf(letter, RoutingBench.MARK); // compiled with the harness: its letter, its numbers
        check(mark >= 0, "the letter has no placeholder: make it with MakePdf");

        ContentInspector inspector = new ContentInspector(ContentPolicy.defaults(), new Inline());
        SecrecyStampDetector stamps = new SecrecyStampDetector();
        // The demo city's agencies sign with RSA 2048 (signing.internal.CertificateIssuer); sotttt.p12 is one.
        SigningKey key = SigningKey.fromPkcs12(pki.resolve("sotttt.p12"), PASSWORD);
        PadesSigner signer = new PadesSigner(key, Clock.systemUTC());
        SignatureVerifier verifier = new SignatureVerifier(TrustSettings.fromFiles(pki.resolve("roots-with-crl.pem")),
                Clock.systemUTC());

        System.out.printf(Locale.ROOT, "letter: %d bytes (%s); %d documents per round, %d rounds after a warm-up of"
                + " %d; Java %s; %d CPUs; load average %s%n", letter.length, args[0], perRound, rounds, perRound * 2,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());
        double[] steps = new double[STEPS.length];
        run(letter, mark, perRound * 2, -1, inspector, stamps, signer, verifier, steps); // warm-up: JIT
        double[] best = null;
        double bestProcess = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            double[] round = new double[STEPS.length];
            long process = processCpuNanos();
            run(letter, mark, perRound, r, inspector, stamps, signer, verifier, round);
            double processMs = (processCpuNanos() - process) / 1e6 / perRound;
            double total = sum(round) / perRound;
            System.out.printf(Locale.ROOT, "round %d: %.2f ms thread CPU per document, %.2f ms process CPU"
                    + " (JIT, GC included)%n", r + 1, total, processMs);
            // The least disturbed round is the floor: the machine is shared.
            if (best == null || total < sum(best) / perRound) {
                best = round;
            }
            bestProcess = Math.min(bestProcess, processMs);
        }
        System.out.printf(Locale.ROOT, "%nFLOOR per document (best round, thread CPU, single thread, warm):%n");
        for (int i = 0; i < STEPS.length; i++) {
            System.out.printf(Locale.ROOT, "  %-32s %7.2f ms%n", STEPS[i], best[i] / perRound);
        }
        double total = sum(best) / perRound;
        System.out.printf(Locale.ROOT, "  %-32s %7.2f ms  (process CPU, JIT and GC included: %.2f ms)%n",
                "total", total, bestProcess);
        System.out.printf(Locale.ROOT, "BUDGET 200 documents/s on 2 cores = 10.0 ms of CPU per document for"
                + " everything (150/s = 13.3 ms)%n");
        System.out.printf(Locale.ROOT, "FLOOR floor_ms_per_document=%.2f: this library work alone caps 2 cores at"
                + " %.0f documents/s, and leaves %.1f ms per document at 200/s (%.1f ms at 150/s) for HTTP, security,"
                + " JPA, the database, JMS and the audit trail%n",
                total, 2000 / total, 10 - total, 2000 / 150.0 - total);
    }

    static void run(byte[] letter, int mark, int documents, int round, ContentInspector inspector,
                    SecrecyStampDetector stamps, PadesSigner signer, SignatureVerifier verifier, double[] nanos)
            throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (int n = 0; n < documents; n++) {
            byte[] pdf = RoutingBench.distinct(letter, mark, "floor-" + round, n);
            long t0 = cpu();
            TrueType type = inspector.typeOf("congvan.pdf", pdf);
            long t1 = cpu();
            Extraction text = inspector.extract("congvan.pdf", pdf, type);
            long t2 = cpu();
            check(text.hasText() && text.text().contains("So ban: "), "no text: " + text.outcome() + " " + text.detail());
            Object stamp = stamps.find(text.text());
            String folded = VietnameseText.fold(text.text());
            long t3 = cpu();
            byte[] hash = sha256.digest(pdf);
            long t4 = cpu();
            byte[] signed = signer.sign(pdf);
            long t5 = cpu();
            SignatureReport report = verifier.verify(signed, null, null);
            long t6 = cpu();
            check(report.isValid(), "the signature must verify: " + report);
            check(stamp != null && folded != null && hash.length == 32, "nothing computed");
            long[] t = {t0, t1, t2, t3, t4, t5, t6};
            for (int i = 0; i < STEPS.length; i++) {
                nanos[i] += (t[i + 1] - t[i]) / 1e6;
            }
        }
    }

    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String loadAverage() throws Exception {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return String.join(" ", List.of(parts[0], parts[1], parts[2]));
    }

    static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /** Runs each task on the caller's thread, so that the parse's CPU is on the clock the bench reads. */
    static final class Inline extends AbstractExecutorService {
        public void execute(Runnable task) {
            task.run();
        }

        public void shutdown() {
        }

        public List<Runnable> shutdownNow() {
            return List.of();
        }

        public boolean isShutdown() {
            return false;
        }

        public boolean isTerminated() {
            return false;
        }

        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
