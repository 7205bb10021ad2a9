package vn.lienthong.adoption.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.adoption.LogImportReport;
import vn.lienthong.adoption.MailLogPeriod;
import vn.lienthong.platform.ClockProducer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Thư mục theo dõi: mail servers (or a cron job copying their rotated logs) drop files into the folder named by the
 * system property {@value #PROPERTY} (config/60-adoption.cli); every half minute each file that has stopped growing
 * is imported and moved to {@code done/}. A file whose exact content was imported before is moved without importing
 * again; importing is idempotent anyway, this only saves the work. Its timer waits for the schema (first start).
 */
@Singleton
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WatchedLogFolder {

    public static final String PROPERTY = "lienthong.adoption.watch.dir";

    /** A file changed more recently than this may still be being written. */
    static final long QUIET_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(WatchedLogFolder.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    LogImportRunner runner;

    @Inject
    ImportHistory history;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void poll() {
        String folder = System.getProperty(PROPERTY, "").strip();
        if (folder.isEmpty() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            Path dir = Path.of(folder);
            Files.createDirectories(dir.resolve("done"));
            for (Path file : ready(dir)) {
                importOne(file, dir.resolve("done"));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Watched log folder " + folder + " not read", e);
        } finally {
            running.set(false);
        }
    }

    private static List<Path> ready(Path dir) throws IOException {
        Instant quiet = Instant.now().minusSeconds(QUIET_SECONDS);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> modified(f).isBefore(quiet))
                    .sorted() // rotated files by name: a run split over a rotation reads in order across polls
                    .toList();
        }
    }

    private void importOne(Path file, Path done) throws IOException {
        String sha = sha256(file);
        if (history.imported(sha)) {
            LOG.info(() -> "Watched log " + file.getFileName() + " was imported before; moved to done/");
        } else {
            YearMonth reference = YearMonth.from(LocalDate.ofInstant(modified(file), ClockProducer.VIETNAM));
            YearMonth startingIn;
            try (InputStream head = Files.newInputStream(file)) {
                startingIn = MailLogPeriod.startingIn(head, reference);
            }
            LogImportReport report = runner.run(List.of(new LogImportRunner.LogFile(file.getFileName().toString(),
                    file, startingIn)), "FOLDER", sha, n -> { });
            LOG.info(() -> "Watched log " + file.getFileName() + " imported: " + report.newEvents() + " new events, "
                    + report.duplicateEvents() + " duplicate" + (report.damaged() ? ", damaged" : ""));
        }
        Path target = done.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = done.resolve(file.getFileName() + "." + System.currentTimeMillis());
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
