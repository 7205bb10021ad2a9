package vn.lienthong.web.api.directory;

import vn.lienthong.directory.AgencyImportReport;

import java.util.List;
import java.util.Locale;

/** What a directory import did, with each skipped line's reason in the reader's language. */
public record AgencyImportView(int created, int updated, List<LineError> errors) {

    /** One skipped line. */
    public record LineError(int line, String message) {
    }

    static AgencyImportView of(AgencyImportReport report, Locale locale) {
        return new AgencyImportView(report.created(), report.updated(), report.errors().stream()
                .map(e -> new LineError(e.line(), e.message(locale))).toList());
    }
}
