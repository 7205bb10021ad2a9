package vn.lienthong.adoption.internal.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * XLSX: a summary sheet with the heading and the agencies, then one sheet per other table. Numbers stay numbers
 * (percentages with one decimal), so auditors can recompute from the file.
 */
public final class ReportXlsx {

    private ReportXlsx() {
    }

    public static byte[] write(ReportTables tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0"));
            List<ReportTables.Table> all = tables.tables();
            for (int t = 0; t < all.size(); t++) {
                ReportTables.Table table = all.get(t);
                Sheet sheet = book.createSheet(sheetName(table.title(), t));
                int r = 0;
                if (t == 0) {
                    cell(sheet.createRow(r++), 0, tables.title(), bold, percent);
                    for (String line : tables.heading()) {
                        cell(sheet.createRow(r++), 0, line, null, percent);
                    }
                    r++;
                }
                cell(sheet.createRow(r++), 0, table.title(), bold, percent);
                Row header = sheet.createRow(r++);
                for (int c = 0; c < table.headers().size(); c++) {
                    cell(header, c, table.headers().get(c), bold, percent);
                }
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        cell(row, c, values.get(c), null, percent);
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.headers().get(c).length() + 2)) * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, Object value, CellStyle style, CellStyle percent) {
        Cell cell = row.createCell(column);
        if (value instanceof ReportTables.Percent p) {
            cell.setCellValue(Math.round(p.value() * 10) / 10.0);
            cell.setCellStyle(percent);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(ReportTables.format(value));
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * Sheet names: at most 31 characters, none of : \ / ? * [ ], and unique. A long title is cut after a whole word:
     * cut inside one, "thư điện tử" became "thư đi", which reads "outgoing mail".
     */
    private static String sheetName(String title, int index) {
        String clean = title.replaceAll("[:\\\\/?*\\[\\]]", " ");
        String name = (index + 1) + ". " + clean;
        if (name.length() <= 31) {
            return name;
        }
        int space = name.lastIndexOf(' ', 31);
        return name.substring(0, space > 3 ? space : 31).strip();
    }
}
