package vn.lienthong.exchange.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienthong.exchange.RegisterSheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The register as an XLSX workbook: the title, the ten headings, one row per document, text wrapped. */
public final class RegisterXlsx {

    /** Column widths in characters, wide where the subject and recipients go. */
    private static final int[] OUTGOING_WIDTHS = {16, 12, 50, 24, 36, 22, 10, 12, 24, 28};
    private static final int[] INCOMING_WIDTHS = {12, 9, 30, 16, 12, 50, 24, 12, 18, 28};

    private RegisterXlsx() {
    }

    public static byte[] render(RegisterSheet register) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(register.kind() == vn.lienthong.exchange.RegisterKind.INCOMING
                    ? "Văn bản đến " + register.year() : "Văn bản đi " + register.year());
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle title = workbook.createCellStyle();
            title.setFont(boldFont);
            CellStyle heading = bordered(workbook);
            heading.setFont(boldFont);
            CellStyle cell = bordered(workbook);

            sheet.createRow(0).createCell(0).setCellValue(register.agencyName());
            sheet.getRow(0).getCell(0).setCellStyle(title);
            sheet.createRow(1).createCell(0).setCellValue(register.title());
            sheet.getRow(1).getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, register.columns().size() - 1));
            write(sheet.createRow(3), register.columns(), heading);
            int next = 4;
            for (List<String> values : register.rows()) {
                write(sheet.createRow(next++), values, cell);
            }
            int[] widths = register.kind() == vn.lienthong.exchange.RegisterKind.INCOMING ? INCOMING_WIDTHS : OUTGOING_WIDTHS;
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 4);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
            row.getCell(i).setCellStyle(style);
        }
    }
}
