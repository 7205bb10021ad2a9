import vn.lienthong.adoption.ImportedFile;
import vn.lienthong.adoption.MailLogImport;
import vn.lienthong.adoption.MailLogImporter;
import vn.lienthong.adoption.MailLogSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mail-log import benchmark: builds a big log by repeating the real fixture (each copy a minute later, with its own
 * Dovecot delivery GUIDs so that its deliveries are new), then times parse + dedupe + per-day aggregation.
 *
 * Usage: java MailLogBench build <fixture mail.log> <big log to write> <minimum lines>
 *        java MailLogBench once <big log>       (cold: one import in a fresh JVM, to be timed from outside)
 *        java MailLogBench measure <fixture mail.log> <big log>     (warm: rounds in one JVM)
 */
public class MailLogBench {

    private static final DateTimeFormatter CLASSIC = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter WITH_YEAR =
            DateTimeFormatter.ofPattern("yyyy MMM ppd HH:mm:ss", Locale.ENGLISH);
    private static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final YearMonth PERIOD = YearMonth.of(2026, 11);

    public static void main(String[] args) throws IOException {
        if (args[0].equals("once")) {
            // Nothing warmed: a fresh JVM, as pflogsumm is a fresh perl; run.sh times the whole process, start included.
            Result r = run(Path.of(args[1]));
            System.out.printf("cold import: %,d lines; %,d new events, %,d duplicates, %,d mailbox-days%n",
                    r.file.lines(), r.file.newEvents(), r.file.duplicateEvents(), r.result.days().size());
            return;
        }
        Path fixture = Path.of(args[1]);
        Path big = Path.of(args[2]);
        if (args[0].equals("build")) {
            long written = build(Files.readAllLines(fixture), big, Long.parseLong(args[3]));
            System.out.printf("log: %s, %,d lines, %,d bytes%n", big, written, Files.size(big));
            return;
        }

        System.out.printf("parsing threads: %d (plus the reading and counting thread)%n", THREADS);
        // Warm the JIT on the fixture, as a long-running server would be.
        for (int i = 0; i < 200; i++) {
            run(fixture);
        }
        int rounds = Integer.getInteger("rounds", 10);
        double[] rates = new double[rounds];
        double[] cpuRates = new double[rounds];
        long lines = 0;
        // The machine may be shared: CPU time (this process's, JIT and GC included) shows the cost apart from waiting.
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            Result r = run(big);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
            lines = r.file.lines();
            rates[round] = lines / seconds;
            cpuRates[round] = lines / cpuSeconds;
            System.out.printf("round %d: %,d lines in %.2f s = %,.0f lines/s (CPU %.2f s = %,.0f lines per CPU-second);"
                            + " %,d new events, %,d duplicates, %,d mailbox-days, %,d skipped lines%n", round + 1,
                    lines, seconds, rates[round], cpuSeconds, cpuRates[round], r.file.newEvents(),
                    r.file.duplicateEvents(), r.result.days().size(), r.file.skippedLines());
        }
        // A server that imports every day runs warm: the JIT needs a few million lines to settle on this code, so
        // the first rounds are reported as they are, and the figure is the median of the last five.
        int warm = Math.min(5, rounds);
        double[] lastWall = java.util.Arrays.copyOfRange(rates, rounds - warm, rounds);
        double[] lastCpu = java.util.Arrays.copyOfRange(cpuRates, rounds - warm, rounds);
        java.util.Arrays.sort(lastWall);
        java.util.Arrays.sort(lastCpu);
        double median = lastWall[warm / 2];
        double medianCpu = lastCpu[warm / 2];
        System.out.printf("RESULT warm_median_lines_per_second=%.0f warm_median_lines_per_cpu_second=%.0f "
                        + "first_round_lines_per_second=%.0f median_seconds=%.3f median_cpu_seconds=%.3f%n",
                median, medianCpu, rates[0], lines / median, lines / medianCpu);
    }

    private record Result(ImportedFile file, MailLogImport result) {
    }

    /** Parsing threads, as LogImportRunner gives the server's managed executor: one per processor. */
    private static final int THREADS = Integer.getInteger("threads", Runtime.getRuntime().availableProcessors());
    private static final ExecutorService PARSERS = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "parser");
        t.setDaemon(true);
        return t;
    });

    private static Result run(Path log) {
        AtomicLong stored = new AtomicLong();
        // The importer the server uses, configured as LogImportRunner configures it.
        MailLogImporter importer = new MailLogImporter(SAIGON, m -> true, e -> stored.incrementAndGet(), PARSERS,
                THREADS);
        ImportedFile file = importer.importLog(MailLogSource.of(log, PERIOD));
        return new Result(file, importer.result());
    }

    private static long build(List<String> fixture, Path big, long minimumLines) throws IOException {
        String year = String.valueOf(PERIOD.getYear());
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int copy = 0; lines < minimumLines; copy++) {
                String guidSuffix = String.format("%06x", copy); // the fixture's GUIDs all end in g+zDdQ
                for (String line : fixture) {
                    LocalDateTime at = LocalDateTime.parse(year + " " + line.substring(0, 15), WITH_YEAR)
                            .plusMinutes(copy);
                    out.write(CLASSIC.format(at));
                    out.write(line.substring(15).replace("g+zDdQ", guidSuffix));
                    out.write('\n');
                    lines++;
                }
            }
        }
        return lines;
    }
}
