package vn.lienthong.adoption;

import java.util.List;
import java.util.SortedMap;

/**
 * What one log import did, as the UI, the API and the watched folder report it.
 *
 * @param newEvents        events stored for the first time
 * @param duplicateEvents  events already stored, or met twice in this import (copies, overlapping files)
 * @param failedLogins     failed IMAP/POP3 logins in the import, counted apart and never as use
 * @param unknownMailboxes addresses with activity that the officials directory does not know, with their events
 * @param alreadyImported  the watched folder met a file whose exact content was imported before, and skipped it
 */
public record LogImportReport(long importId, List<ImportedFile> files, long lines, long newEvents,
                              long duplicateEvents, long skippedLines, long unreadableLines, long failedLogins,
                              long unconfirmedSubmissions, SortedMap<Mailbox, Long> unknownMailboxes,
                              boolean alreadyImported) {

    public LogImportReport {
        files = List.copyOf(files);
    }

    public boolean damaged() {
        return files.stream().anyMatch(ImportedFile::damaged);
    }
}
