package vn.lienthong.adoption;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.adoption.internal.ImportHistory;
import vn.lienthong.adoption.internal.LogImportRunner;
import vn.lienthong.platform.ClockProducer;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Nhập nhật ký máy chủ thư: auditors and administrators import Postfix and Dovecot logs, at once (the API) or in
 * the background with progress (the page). The upload is staged on local disk first, so that its hash is known
 * and a slow client never holds a database transaction.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailLogImports {

    /** The largest log accepted in one upload; bigger ones go through the watched folder. */
    public static final long MAX_UPLOAD_BYTES = 4L << 30;

    private static final Logger LOG = Logger.getLogger(MailLogImports.class.getName());

    /** A log saved to a temporary file, with its SHA-256 and the month its first line is in. */
    public record StagedLog(String name, Path path, long size, String sha256, YearMonth startingIn) {
    }

    @Inject
    LogImportRunner runner;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportHistory history;

    @Inject
    Clock clock;

    /** Imports one log now and says what it did. */
    public LogImportReport importNow(String name, InputStream content, YearMonth startingIn, String channel) {
        StagedLog staged = stage(name, content, startingIn);
        try {
            return runner.run(List.of(new LogImportRunner.LogFile(staged.name(), staged.path(), staged.startingIn())),
                    channel, staged.sha256(), n -> { });
        } finally {
            discard(staged);
        }
    }

    /** Saves an upload for {@link #start}; the caller's stream is read to its end here. */
    public StagedLog stage(String name, InputStream content, YearMonth startingIn) {
        String source = name == null || name.isBlank() ? "mail.log" : Path.of(name.strip()).getFileName().toString();
        Path file = null;
        try {
            file = Files.createTempFile("lienthong-maillog-", ".log");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha); OutputStream out = Files.newOutputStream(file)) {
                size = copyBounded(in, out);
            }
            if (size == 0) {
                throw new InvalidInputException("adoption.import.empty", source);
            }
            try (InputStream head = Files.newInputStream(file)) {
                MailLogContent.requireText(source, head);
            }
            YearMonth month = startingIn;
            if (month == null) {
                try (InputStream head = Files.newInputStream(file)) {
                    month = MailLogPeriod.startingIn(head, YearMonth.now(clock.withZone(ClockProducer.VIETNAM)));
                }
            }
            return new StagedLog(source, file, size, HexFormat.of().formatHex(sha.digest()), month);
        } catch (IOException e) {
            discard(file);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            discard(file);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            discard(file);
            throw e;
        }
    }

    /** Opens a background import of a staged log; {@link #run} does the work. */
    public ImportJob open(StagedLog staged) {
        return jobs.open(staged.name(), staged.size());
    }

    /** Runs a job opened by {@link #open}, on a container thread; the page polls {@link ImportJobs#job}. */
    @Asynchronous
    public void run(ImportJob job, StagedLog staged) {
        try {
            job.finish(runner.run(List.of(new LogImportRunner.LogFile(staged.name(), staged.path(),
                    staged.startingIn())), "UI", staged.sha256(), job::progress));
        } catch (DomainException e) {
            job.fail(e.messageKey(), e.arguments());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Log import " + job.id() + " failed", e);
            job.fail("adoption.import.failed", staged.name());
        } finally {
            discard(staged);
        }
    }

    /** The latest imports, newest first. */
    public List<FiledImport> recent(int max) {
        return history.recent(Math.min(Math.max(1, max), 200));
    }

    private static long copyBounded(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > MAX_UPLOAD_BYTES) {
                throw new InvalidInputException("adoption.import.tooLarge", MAX_UPLOAD_BYTES >> 20);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static void discard(StagedLog staged) {
        discard(staged.path());
    }

    private static void discard(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning(() -> "Temporary log " + file + " not deleted: " + e.getMessage());
            }
        }
    }
}
