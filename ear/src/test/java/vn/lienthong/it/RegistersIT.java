package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.Exchange.QUAN1;

/** The registers of Decree 30/2020: ten columns per year, read on screen and exported as XLSX and PDF. */
@ExtendWith(ArquillianExtension.class)
class RegistersIT extends LienThongEar {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    private static List<String> row(JsonObject sheet, String subjectPart) {
        return sheet.getJsonArray("rows").stream()
                .map(r -> r.asJsonArray().stream().map(c -> ((jakarta.json.JsonString) c).getString()).toList())
                .filter(cells -> cells.stream().anyMatch(c -> c.contains(subjectPart))).findFirst()
                .orElseThrow(() -> new AssertionError(subjectPart + " is not in " + sheet));
    }

    private static String xlsxText(byte[] file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(cell -> text.append(cell.getStringCellValue()).append(" | "));
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String pdfText(byte[] file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theOutgoingAndIncomingRegistersHoldTheDocumentsAndExportToXlsxAndPdf() throws Exception {
        String token = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String subject = "Cải cách hành chính đợt " + token;
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = Exchange.issue(sender, subject, "THUONG", false, QUAN1);
        Exchange.send(sender, id, QUAN1);
        Api quan1 = Api.as("vanthu.quan1", DEMO_PASSWORD);
        long incoming = Exchange.awaitIncoming(quan1, subject);
        int arrival = quan1.post("/api/documents/incoming/" + incoming + "/accept", "").<JsonObject>json().getInt("arrivalNumber");
        quan1.post("/api/documents/incoming/" + incoming + "/assign", "{\"username\":\"vanthu.quan1\"}");

        String paperSubject = "Tờ trình bản giấy đợt " + token;
        long paper = Exchange.issue(sender, paperSubject, "THUONG", true, QUAN1);
        assertEquals(201, sender.post("/api/paper-dispatches", "{\"documentId\":" + paper
                + ",\"carriage\":\"POSTAL\",\"agencies\":[\"" + QUAN1 + "\"],\"externalRecipients\":[\"Tòa án nhân dân Thành phố\"]}").status());
        String secretSubject = "Báo cáo tối mật đợt " + token;
        Exchange.issue(sender, secretSubject, "TOI_MAT", false, QUAN1);

        JsonObject outgoing = sender.get("/api/registers/outgoing?year=" + YEAR).json();
        assertEquals(10, outgoing.getJsonArray("columns").size());
        List<String> sent = row(outgoing, subject);
        String number = sender.get("/api/documents/outgoing/" + id).<JsonObject>json().getString("number");
        assertEquals(number, sent.get(0));
        assertEquals("Kế hoạch: " + subject, sent.get(2));
        assertEquals("Ủy ban nhân dân Quận 1", sent.get(4));
        List<String> dispatched = row(outgoing, paperSubject);
        assertEquals("Ủy ban nhân dân Quận 1; Tòa án nhân dân Thành phố", dispatched.get(4));
        assertEquals("Chỉ gửi bản giấy, chuyển bản giấy: Bưu điện", dispatched.get(9));
        assertTrue(outgoing.getJsonArray("rows").stream().noneMatch(r -> r.toString().contains(secretSubject)),
                "classified documents have their own register");
        List<String> secret = row(sender.get("/api/registers/outgoing?series=SECRET&year=" + YEAR).json(), secretSubject);
        assertEquals("Văn bản mật (Tối mật), chưa chuyển", secret.get(9));

        Api.Download xlsx = sender.download("/api/registers/outgoing?format=xlsx&year=" + YEAR);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("so-van-ban-di-" + YEAR));
        String workbook = xlsxText(xlsx.body());
        assertTrue(workbook.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI – NĂM " + YEAR), workbook);
        assertTrue(workbook.contains("Kế hoạch: " + subject), workbook);

        Api.Download pdf = sender.download("/api/registers/outgoing?format=pdf&year=" + YEAR);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(pdf.body());
        assertTrue(text.contains("Cải cách hành chính") && text.contains(token), "the PDF draws Vietnamese");

        JsonObject incomingRegister = quan1.get("/api/registers/incoming?year=" + YEAR).json();
        List<String> received = row(incomingRegister, subject);
        assertEquals(String.valueOf(arrival), received.get(1));
        assertEquals("Sở Thông tin và Truyền thông", received.get(2));
        assertEquals(number, received.get(3));
        assertEquals("Đã phân công", received.get(8));
        String incomingPdf = pdfText(quan1.download("/api/registers/incoming?format=pdf&year=" + YEAR).body());
        assertTrue(incomingPdf.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN") && incomingPdf.contains(token), incomingPdf);
        assertTrue(xlsxText(quan1.download("/api/registers/incoming?format=xlsx&year=" + YEAR).body()).contains(subject));
    }

    @Test
    void anotherAgencysRegisterIsClosedToClerksAndOpenToAuditors() throws Exception {
        Api outsider = Api.as("vanthu.stc", DEMO_PASSWORD);
        assertEquals(403, outsider.get("/api/registers/outgoing?agency=000.00.11.H29").status());
        assertEquals(200, Api.as("kiemtra", DEMO_PASSWORD).get("/api/registers/outgoing?agency=000.00.11.H29").status());
        assertEquals(400, outsider.get("/api/registers/outgoing?format=docx").status());
        assertEquals(400, outsider.get("/api/registers/outgoing?series=DRAFT").status());
        assertEquals(400, outsider.get("/api/registers/incoming?year=12").status());
        JsonArray empty = outsider.get("/api/registers/incoming?year=1990").<JsonObject>json().getJsonArray("rows");
        assertEquals(0, empty.size());
    }
}
