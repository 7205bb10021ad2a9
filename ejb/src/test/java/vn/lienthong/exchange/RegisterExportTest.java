package vn.lienthong.exchange;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterExportTest {

    private static RegisterSheet outgoing(int rows) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            lines.add(List.of(i + "/STTTT-VP", "27/11/2026", "Kế hoạch: Cải cách hành chính năm 2026, giai đoạn " + i,
                    "KT. Giám đốc Phó Giám đốc Phạm Minh Nam", "Ủy ban nhân dân Quận 1; Ủy ban nhân dân Quận 3",
                    "Nguyễn Thị Văn Thư", "2", "27/11/2026", "Đã tiếp nhận: 1; Từ chối tiếp nhận: 1",
                    i % 2 == 0 ? "Chỉ gửi bản giấy, chuyển bản giấy: Bưu điện" : ""));
        }
        return new RegisterSheet(RegisterKind.OUTGOING, RegisterSeries.NORMAL, "000.00.11.H29",
                "Sở Thông tin và Truyền thông", 2026, RegisterSheet.OUTGOING_COLUMNS, lines);
    }

    @Test
    void thePdfCarriesVietnameseTextOnAsManyPagesAsItNeeds() throws Exception {
        byte[] pdf = RegisterFormat.PDF.render(outgoing(60));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1, "60 rows do not fit one page");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI – NĂM 2026"), text);
            assertTrue(text.contains("Cải cách hành chính"), text);
            // a date stays on one line: the outgoing register cut "27/11/2026" into "27/11/202" and "6"
            assertFalse(text.contains("27/11/202 6"), "a date wrapped over two lines");
            assertTrue(text.contains("1/STTTT-VP 27/11/2026 Kế hoạch"), "the date whole in its column");
            assertTrue(text.contains("Tên loại và trích yếu"), text);
            assertTrue(text.contains("60/STTTT-VP"), text);
        }
    }

    @Test
    void anEmptyRegisterSaysSo() throws Exception {
        byte[] pdf = RegisterFormat.PDF.render(outgoing(0));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("Sổ chưa có văn bản nào trong năm 2026"));
        }
    }

    @Test
    void theWorkbookHasTheTenColumnsAndOneRowPerDocument() throws Exception {
        byte[] xlsx = RegisterFormat.XLSX.render(outgoing(3));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐI – NĂM 2026", sheet.getRow(1).getCell(0).getStringCellValue());
            for (int i = 0; i < 10; i++) {
                assertEquals(RegisterSheet.OUTGOING_COLUMNS.get(i), sheet.getRow(3).getCell(i).getStringCellValue());
            }
            assertEquals(6, sheet.getLastRowNum());
            assertEquals("Kế hoạch: Cải cách hành chính năm 2026, giai đoạn 2", sheet.getRow(5).getCell(2).getStringCellValue());
            assertEquals("Chỉ gửi bản giấy, chuyển bản giấy: Bưu điện", sheet.getRow(5).getCell(9).getStringCellValue());
        }
    }

    @Test
    void aRowMustHaveTheTenCells() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new RegisterSheet(
                RegisterKind.INCOMING, RegisterSeries.NORMAL, "000.00.31.H29", "Quận 1", 2026,
                RegisterSheet.INCOMING_COLUMNS, List.of(List.of("1", "2"))));
    }
}
