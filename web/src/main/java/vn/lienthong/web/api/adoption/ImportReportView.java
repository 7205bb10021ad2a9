package vn.lienthong.web.api.adoption;

import vn.lienthong.adoption.ImportedFile;
import vn.lienthong.adoption.LogImportReport;
import vn.lienthong.platform.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a log import did, for the API and the page. */
public record ImportReportView(long importId, long lines, long newEvents, long duplicateEvents, long skippedLines,
                               long unreadableLines, long failedLogins, long unconfirmedSubmissions,
                               Map<String, Long> unknownMailboxes, boolean damaged, List<FileView> files) {

    /**
     * @param damage     why reading stopped before the end, in the library's words, or {@code null}
     * @param damageText the same for people, in the reader's language: which file, and how many lines were imported
     */
    public record FileView(String source, long lines, long skippedLines, long unreadableLines, String damage,
                           String damageText) {
    }

    public static ImportReportView of(LogImportReport r, Locale locale) {
        Map<String, Long> unknown = new TreeMap<>();
        r.unknownMailboxes().forEach((mailbox, events) -> unknown.put(mailbox.address(), events));
        return new ImportReportView(r.importId(), r.lines(), r.newEvents(), r.duplicateEvents(), r.skippedLines(),
                r.unreadableLines(), r.failedLogins(), r.unconfirmedSubmissions(), unknown, r.damaged(),
                r.files().stream().map(f -> file(f, locale)).toList());
    }

    private static FileView file(ImportedFile f, Locale locale) {
        return new FileView(f.source(), f.lines(), f.skippedLines(), f.unreadableLines(), f.damage(),
                f.damaged() ? Messages.format(locale, "adoption.import.damaged", f.source(), f.lines(), f.damage()) : null);
    }

    /** What the damaged files say, one sentence each, for the page. */
    public List<String> damageTexts() {
        return files.stream().map(FileView::damageText).filter(java.util.Objects::nonNull).toList();
    }
}
