package vn.lienthong.web.api.adoption;

import vn.lienthong.adoption.ImportedFile;
import vn.lienthong.adoption.LogImportReport;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a log import did, for the API and the page. */
public record ImportReportView(long importId, long lines, long newEvents, long duplicateEvents, long skippedLines,
                               long unreadableLines, long failedLogins, long unconfirmedSubmissions,
                               Map<String, Long> unknownMailboxes, boolean damaged, List<FileView> files) {

    public record FileView(String source, long lines, long skippedLines, long unreadableLines, String damage) {
    }

    public static ImportReportView of(LogImportReport r) {
        Map<String, Long> unknown = new TreeMap<>();
        r.unknownMailboxes().forEach((mailbox, events) -> unknown.put(mailbox.address(), events));
        return new ImportReportView(r.importId(), r.lines(), r.newEvents(), r.duplicateEvents(), r.skippedLines(),
                r.unreadableLines(), r.failedLogins(), r.unconfirmedSubmissions(), unknown, r.damaged(),
                r.files().stream().map(ImportReportView::file).toList());
    }

    private static FileView file(ImportedFile f) {
        return new FileView(f.source(), f.lines(), f.skippedLines(), f.unreadableLines(), f.damage());
    }
}
