package vn.lienthong.adoption;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What an import run found, over all its files: the per-mailbox-per-day aggregate, what was skipped or damaged,
 * and which mailboxes the officials directory does not know.
 *
 * @param days                   one row per mailbox and day with any event, in mailbox then day order
 * @param unknownMailboxes       mailboxes with events (other than failed logins) that are not in the directory,
 *                               with how many events each: reported so that the directory can be completed
 * @param unconfirmedSubmissions authenticated submissions whose entry into the queue the logs never showed:
 *                               not counted (a later file of the same run may still confirm them)
 */
public record MailLogImport(List<ImportedFile> files, List<MailboxDay> days,
                            SortedMap<Mailbox, Long> unknownMailboxes, Map<UsageEventKind, Long> newEventsByKind,
                            long unconfirmedSubmissions) {

    public MailLogImport {
        files = List.copyOf(files);
        days = List.copyOf(days);
        newEventsByKind = Map.copyOf(newEventsByKind);
    }

    public long newEvents() {
        return files.stream().mapToLong(ImportedFile::newEvents).sum();
    }

    public long duplicateEvents() {
        return files.stream().mapToLong(ImportedFile::duplicateEvents).sum();
    }

    public long skippedLines() {
        return files.stream().mapToLong(ImportedFile::skippedLines).sum();
    }

    public boolean damaged() {
        return files.stream().anyMatch(ImportedFile::damaged);
    }

    public Optional<ImportedFile> file(String source) {
        return files.stream().filter(f -> f.source().equals(source)).findFirst();
    }
}
