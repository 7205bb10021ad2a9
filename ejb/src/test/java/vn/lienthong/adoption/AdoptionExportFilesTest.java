package vn.lienthong.adoption;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lienthong.adoption.internal.FigureQueries.PostingMonth;
import vn.lienthong.adoption.internal.export.ReportCsv;
import vn.lienthong.adoption.internal.export.ReportPdf;
import vn.lienthong.adoption.internal.export.ReportTables;
import vn.lienthong.adoption.internal.export.ReportXlsx;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.ExchangeFigures.Counts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdoptionExportFilesTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final AgencyCode SO = AgencyCode.parse("000.00.11.H29");
    static final YearMonth NOV = YearMonth.of(2026, 11);

    static AdoptionReport report() {
        Map<AgencyCode, String> agencies = new LinkedHashMap<>();
        agencies.put(SO, "Sở Thông tin và Truyền thông");
        ReportAssembler assembler = new ReportAssembler(
                new AdoptionQuery(NOV.minusMonths(1).atDay(1), NOV.atEndOfMonth(), null, true),
                WorkingCalendar.vietnam(), RegularUsePolicy.DEFAULT);
        return assembler.assemble("", null,
                List.of(ReportAssemblerTest.leader(1, "duongthutrang@tphcm.gov.vn", SO, null, null),
                        ReportAssemblerTest.leader(2, "idle@tphcm.gov.vn", SO, null, null)),
                List.of(new PostingMonth(1, NOV, 21, 21, 3, 20, 0, 7, 9, NOV.atDay(27))),
                agencies, Map.of(SO, Map.of(NOV, new Counts(10, 6, 1, 1))), true, Instant.parse("2026-11-29T01:00:00Z"));
    }

    @Test
    void csvStatesThePolicyAndCarriesVietnameseInUtf8WithABom() {
        String csv = new String(ReportCsv.write(new ReportTables(report(), VI)), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"));
        assertTrue(csv.contains("ít nhất 80% số ngày làm việc"), csv);
        assertTrue(csv.contains("Sở Thông tin và Truyền thông"));
        assertTrue(csv.contains("Kỳ báo cáo: 01/10/2026 – 30/11/2026"), csv);
        assertTrue(csv.contains("Lãnh đạo 2"), "the idle leader is listed");
        assertTrue(csv.contains("75.0"), "electronic share over the 8 documents owed");
    }

    @Test
    void xlsxKeepsNumbersAsNumbers() throws Exception {
        byte[] xlsx = ReportXlsx.write(new ReportTables(report(), VI));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(4, book.getNumberOfSheets());
            Sheet summary = book.getSheetAt(0);
            boolean found = false;
            for (var row : summary) {
                if (row.getCell(0) != null && SO.value().equals(row.getCell(0).getStringCellValue())) {
                    assertEquals(2.0, row.getCell(2).getNumericCellValue());
                    // over October and November, 21 active working days are not 80% of the period's
                    assertEquals(0.0, row.getCell(4).getNumericCellValue());
                    found = true;
                }
            }
            assertTrue(found);
            boolean november = false;
            for (var row : book.getSheetAt(1)) {
                if (row.getCell(0) != null && "11/2026".equals(row.getCell(0).getStringCellValue())) {
                    assertEquals(50.0, row.getCell(4).getNumericCellValue(), "in November alone, one of two");
                    november = true;
                }
            }
            assertTrue(november);
            // Excel's 31 characters end on a whole word, never on "thư đi" (outgoing mail) for "thư điện tử"
            assertEquals("4. Lãnh đạo chưa sử dụng thư", book.getSheetName(3));
        }
    }

    @Test
    void pdfHasThePolicyTheChartsTitlesAndConcealedNamesWhenAsked() throws Exception {
        AdoptionReport concealed = report().concealed(AdoptionFigures.pseudonyms(new byte[32], VI));
        byte[] pdf = ReportPdf.write(new ReportTables(concealed, VI));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("ít nhất 80%"), text);
            assertTrue(text.contains("Tỷ lệ lãnh đạo sử dụng thường xuyên"), text);
            assertTrue(text.contains("Lãnh đạo #"), text);
            assertFalse(text.contains("duongthutrang"), "no mailbox once names are concealed");
        }
    }

    /** Every column had the same width, so agency names, codes and mailboxes were cut to "Sở Thông ti…". */
    @Test
    void pdfTablesShowAgencyNamesCodesAndMailboxesWhole() throws Exception {
        byte[] pdf = ReportPdf.write(new ReportTables(report(), VI));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Sở Thông tin và Truyền thông"), text);
            assertTrue(text.contains("000.00.11.H29"), text);
            assertTrue(text.contains("duongthutrang@tphcm.gov.vn"), text);
        }
    }

    /**
     * An agency's report had its own row and then the total row with the same code and name: "Sở TTTT, 2 leaders"
     * twice, or, with sub-agencies, the agency alone and then with them, both under the agency's name.
     */
    @Test
    void theTotalRowSaysItIsTheTotalOfTheScope() {
        Map<AgencyCode, String> agencies = new LinkedHashMap<>();
        agencies.put(SO, "Sở Thông tin và Truyền thông");
        AdoptionReport scoped = new ReportAssembler(new AdoptionQuery(NOV.atDay(1), NOV.atEndOfMonth(), SO, true),
                WorkingCalendar.vietnam(), RegularUsePolicy.DEFAULT).assemble(SO.value(), "Sở Thông tin và Truyền thông",
                List.of(ReportAssemblerTest.leader(1, "duongthutrang@tphcm.gov.vn", SO, null, null)), List.of(),
                agencies, Map.of(), true, Instant.parse("2026-11-29T01:00:00Z"));
        String csv = new String(ReportCsv.write(new ReportTables(scoped, VI)), StandardCharsets.UTF_8);
        assertEquals(1, csv.lines().filter(l -> l.startsWith(SO.value() + ",")).count(), csv);
        assertTrue(csv.contains("\n\"\",Tổng cộng: Sở Thông tin và Truyền thông (000.00.11.H29) và các đơn vị trực thuộc,1,0,"), csv);
        String english = new String(ReportCsv.write(new ReportTables(report(), Locale.ENGLISH)), StandardCharsets.UTF_8);
        assertTrue(english.contains("\n\"\",Total: Whole city,2,"), english);
    }

    /** The PDF is read by people: "75,0%" in Vietnamese and "75.0%" in English, never the CSV's bare "75.0". */
    @Test
    void pdfPercentagesAreWrittenInTheReportsLanguage() throws Exception {
        try (PDDocument document = Loader.loadPDF(ReportPdf.write(new ReportTables(report(), VI)))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("75,0%"), text);
            assertFalse(text.contains("75.0"), text);
        }
        try (PDDocument document = Loader.loadPDF(ReportPdf.write(new ReportTables(report(), Locale.ENGLISH)))) {
            assertTrue(new PDFTextStripper().getText(document).contains("75.0%"));
        }
    }
}
