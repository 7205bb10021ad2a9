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
import vn.lienthong.adoption.MailLogContent;
import vn.lienthong.adoption.MailLogPeriod;
import vn.lienthong.platform.ClockProducer;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Thư mục theo dõi: mail servers (or a cron job copying their rotated logs) drop files into the folder named by the
 * system property {@value #PROPERTY} (config/60-adoption.cli); every half minute each file that has stopped growing
 * is imported and moved to {@code done/}. A file whose exact content was imported before is moved without importing
 * again; importing is idempotent anyway, this only saves the work. A file that is not a log at all (a PDF, a
 * spreadsheet) is moved to {@code refused/} beside a {@code .reason.txt} saying why, instead of being read every poll.
 * Its timer waits for the schema (first start).
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
                try {
                    importOne(file, dir.resolve("done"));
                } catch (InvalidInputException notALog) {
                    refuse(file, dir.resolve("refused"), notALog);
                }
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
        try (InputStream head = Files.newInputStream(file)) {
            MailLogContent.requireText(file.getFileName().toString(), head);
        }
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
        moveInto(done, file);
    }

    /** Moves a file that cannot be imported aside, with the reason in both languages for whoever looks. */
    private static void refuse(Path file, Path refused, InvalidInputException reason) throws IOException {
        Files.createDirectories(refused);
        Path target = moveInto(refused, file);
        String why = Messages.format(Messages.VIETNAMESE, reason) + System.lineSeparator()
                + Messages.format(Locale.ENGLISH, reason) + System.lineSeparator();
        Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), why, StandardCharsets.UTF_8);
        LOG.warning(() -> "Watched log " + file.getFileName() + " refused, moved to refused/: "
                + Messages.format(Locale.ENGLISH, reason));
    }

    private static Path moveInto(Path folder, Path file) throws IOException {
        Path target = folder.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = folder.resolve(file.getFileName() + "." + System.currentTimeMillis());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
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
