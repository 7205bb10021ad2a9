package vn.lienthong.adoption.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import vn.lienthong.adoption.ImportedFile;
import vn.lienthong.adoption.LogImportReport;
import vn.lienthong.adoption.MailLogImport;
import vn.lienthong.adoption.MailLogImporter;
import vn.lienthong.adoption.MailLogSource;
import vn.lienthong.adoption.Mailbox;
import vn.lienthong.adoption.Officials;
import vn.lienthong.adoption.UsageEvent;
import vn.lienthong.adoption.UsageEventKind;
import vn.lienthong.adoption.UsageRecorder;
import vn.lienthong.platform.ClockProducer;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Runs one log import for whichever channel asked (UI, API, watched folder): parse, store new events in chunks of
 * their own transactions (a huge log never holds one long transaction or all its events in memory), then file the
 * import and audit it. Parsing runs on the server's managed executor, one task per processor, while this thread
 * reads the file and stores (decision 061). Callers check who may import; this bean is the channels' shared machinery.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogImportRunner {

    /** Events per store transaction. */
    static final int CHUNK = 20_000;

    /** One file to import, already on local disk. */
    public record LogFile(String name, Path path, YearMonth startingIn) {
    }

    @Inject
    UsageRecorder recorder;

    @Inject
    Officials officials;

    @Inject
    ImportHistory history;

    @Resource
    ManagedExecutorService parsers;

    public LogImportReport run(List<LogFile> files, String channel, String sha256, LongConsumer bytesRead) {
        Set<Mailbox> known = officials.knownMailboxes();
        List<UsageEvent> chunk = new ArrayList<>(CHUNK);
        long[] stored = new long[2]; // new, duplicate
        MailLogImporter importer = new MailLogImporter(ClockProducer.VIETNAM, known::contains, event -> {
            chunk.add(event);
            if (chunk.size() >= CHUNK) {
                flush(chunk, stored);
            }
        }, parsers, Runtime.getRuntime().availableProcessors());
        long[] done = new long[1];
        for (LogFile file : files) {
            long before = done[0];
            importer.importLog(MailLogSource.of(file.name(), file.path(), file.startingIn(),
                    n -> bytesRead.accept(done[0] = before + n)));
            flush(chunk, stored);
        }
        MailLogImport result = importer.result();
        long runDuplicates = result.duplicateEvents();
        LogImportReport report = new LogImportReport(0, result.files(),
                result.files().stream().mapToLong(ImportedFile::lines).sum(), stored[0], stored[1] + runDuplicates,
                result.skippedLines(), result.files().stream().mapToLong(ImportedFile::unreadableLines).sum(),
                result.newEventsByKind().getOrDefault(UsageEventKind.FAILED_LOGIN, 0L),
                result.unconfirmedSubmissions(), result.unknownMailboxes(), false);
        String name = String.join(", ", files.stream().map(LogFile::name).toList());
        long id = history.file(name, sha256, channel, report);
        return new LogImportReport(id, report.files(), report.lines(), report.newEvents(), report.duplicateEvents(),
                report.skippedLines(), report.unreadableLines(), report.failedLogins(),
                report.unconfirmedSubmissions(), report.unknownMailboxes(), false);
    }

    private void flush(List<UsageEvent> chunk, long[] stored) {
        if (!chunk.isEmpty()) {
            UsageRecorder.Recorded recorded = recorder.record(List.copyOf(chunk));
            stored[0] += recorded.newEvents();
            stored[1] += recorded.duplicates();
            chunk.clear();
        }
    }
}
