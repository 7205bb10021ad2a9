package vn.lienthong.directory;

import java.util.List;

/** What an import did: agencies added, agencies updated, and the lines skipped with their reason. */
public record AgencyImportReport(int created, int updated, List<CsvRowError> errors) {

    public AgencyImportReport {
        errors = List.copyOf(errors);
    }
}
