package vn.lienthong.adoption.internal.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV: the heading lines, then each table after a blank line, its title and its header row. UTF-8 with a byte
 * order mark, which spreadsheet programs need to read Vietnamese correctly.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static byte[] write(ReportTables tables) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(tables.title());
            for (String line : tables.heading()) {
                csv.printRecord(line);
            }
            for (ReportTables.Table table : tables.tables()) {
                csv.println();
                csv.printRecord(table.title());
                csv.printRecord(table.headers());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(ReportTables::format).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
