package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.ExchangeFixtures.QUAN3;
import static vn.lienthong.it.ExchangeFixtures.draft;
import static vn.lienthong.it.ExchangeFixtures.drafted;
import static vn.lienthong.it.ExchangeFixtures.shared;
import static vn.lienthong.it.ExchangeFixtures.upload;

/**
 * edXML in and out: the three real packages import with their metadata and attachments right, a malformed package
 * leaves nothing behind, a replayed package makes no second incoming document, an export imports back byte for
 * byte, and status messages travel both ways.
 */
@ExtendWith(ArquillianExtension.class)
class EdxmlImportIT extends LienThongEar {

    private static final String TAY_NINH_FINANCE = "000.00.11.H53";
    private static final String TAY_NINH_PARTY_OFFICE = "000.00.01.A53";
    private static final String NGHE_AN = "000.00.00.H53";
    private static final String PASSWORD = "Nhap@edXML2026";

    /** The fixtures' agencies, each with a clerk where it receives; registered once (a rerun finds them). */
    @BeforeAll
    static void agencies() throws Exception {
        Api admin = Api.as("quantri", DEMO_PASSWORD);
        agency(admin, TAY_NINH_FINANCE, "Sở Tài chính tỉnh Tây Ninh", "NATIONAL_PLATFORM");
        agency(admin, TAY_NINH_PARTY_OFFICE, "Văn phòng Tỉnh ủy Tây Ninh", "LIENTHONG");
        agency(admin, NGHE_AN, "Ủy ban nhân dân tỉnh Nghệ An", "LIENTHONG");
        clerk(admin, "vanthu.vptu.tayninh", TAY_NINH_PARTY_OFFICE);
        clerk(admin, "vanthu.nghean", NGHE_AN);
    }

    private static void agency(Api admin, String code, String name, String reach) throws Exception {
        int status = admin.post("/api/directory/agencies", """
                {"code":"%s","name":"%s","reach":"%s"}""".formatted(code, name, reach)).status();
        assertTrue(status == 201 || status == 409, "agency " + code + ": " + status);
    }

    private static void clerk(Api admin, String username, String agency) throws Exception {
        Api.Answer answer = admin.post("/api/directory/accounts", """
                {"username":"%s","password":"%s","role":"CLERK","agencyCode":"%s","fullName":"Văn thư %s"}"""
                .formatted(username, PASSWORD, agency, agency));
        assertTrue(answer.status() == 201 || answer.status() == 409, answer.body());
    }

    private static byte[] fixture(String name) {
        return shared("fixtures", "edxml", name);
    }

    private static Api.Answer importPackage(Api clerk, byte[] edxml) throws Exception {
        return clerk.postBytes("/api/documents/incoming/edxml", edxml, "application/xml");
    }

    /** The attachments of a package as the sender encoded them. */
    private static List<byte[]> attachments(byte[] edxml) {
        Matcher m = Pattern.compile("<edXML:ContentTransferEncoded[^>]*>([^<]*)</edXML:ContentTransferEncoded>")
                .matcher(new String(edxml, StandardCharsets.UTF_8));
        return m.results().map(r -> Base64.getMimeDecoder().decode(r.group(1))).toList();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theRealNewDocumentPackageImportsOnceWithItsAttachmentKeptOut() throws Exception {
        Api clerk = Api.as("vanthu.vptu.tayninh", PASSWORD);
        byte[] edxml = fixture("edoc_new.edxml");
        Api.Answer first = importPackage(clerk, edxml);
        JsonObject imported;
        if (first.status() == 201) {
            imported = first.json();
            assertFalse(imported.getBoolean("replayed"));
        } else {
            assertEquals(200, first.status(), first.body()); // a rerun against the same database
            imported = first.json();
        }
        JsonObject incoming = imported.getJsonObject("incoming");
        assertEquals("Báo cáo tài chính tỉnh", incoming.getString("subject"));
        assertEquals("2491/STC-BCTC", incoming.getString("number"));
        assertEquals(TAY_NINH_FINANCE, incoming.getString("sender"));
        assertEquals("2020-10-30", incoming.getString("issuedOn"), "DD/MM/YYYY read right");
        assertEquals("Tây Ninh", incoming.getString("place"));
        assertEquals("01", incoming.getString("statusCode"));
        assertTrue(incoming.getBoolean("imported"));
        // Its Signature cannot be checked (cut certificate, no XMLDSig namespace) and its file is unsigned.
        assertEquals("INVALID", incoming.getString("signatureVerdict"), incoming.toString());

        byte[] carried = attachments(edxml).get(0);
        JsonObject file = imported.getJsonArray("files").getJsonObject(0);
        assertEquals("1896_QD-TTg_m_294779.doc", file.getString("fileName"));
        assertEquals(carried.length, file.getJsonNumber("size").longValue());
        assertEquals(sha256(carried), file.getString("sha256"));
        assertEquals("EXTENSION_MISMATCH", file.getString("refusal"), "a .doc that is in fact a ZIP");
        Api.Download refused = clerk.download("/api/files/" + file.getJsonNumber("id"));
        assertEquals(409, refused.status(), "a refused attachment has no bytes to open");

        Api.Answer again = importPackage(clerk, edxml);
        assertEquals(200, again.status(), again.body());
        assertTrue(again.<JsonObject>json().getBoolean("replayed"));
        assertEquals(incoming.getJsonNumber("id"), again.<JsonObject>json().getJsonObject("incoming").getJsonNumber("id"));
        long copies = clerk.get("/api/documents/incoming?max=200").<JsonArray>json().stream()
                .filter(v -> "2491/STC-BCTC".equals(v.asJsonObject().getString("number"))).count();
        assertEquals(1, copies);

        Api.Answer notMine = importPackage(Api.as("vanthu.stc", DEMO_PASSWORD), edxml);
        assertEquals(403, notMine.status());
        assertTrue(notMine.<JsonObject>json().getString("detail").contains(TAY_NINH_PARTY_OFFICE), notMine.body());
    }

    @Test
    void theRealUpdatePackageImportsWithItsYearFirstDateAndSeveralRecipients() throws Exception {
        Api clerk = Api.as("vanthu.nghean", PASSWORD);
        Api.Answer answer = importPackage(clerk, fixture("edoc_update.edxml"));
        assertTrue(answer.status() == 201 || answer.status() == 200, answer.body());
        JsonObject incoming = answer.<JsonObject>json().getJsonObject("incoming");
        assertEquals("V/v kết nối, liên thông phần mềm quản lý văn bản", incoming.getString("subject"));
        assertEquals("7816/VPCP-TTĐT", incoming.getString("number"));
        assertEquals("000.00.00.G22", incoming.getString("sender"));
        assertEquals("2018-09-28", incoming.getString("issuedOn"), "YYYY/MM/DD read right");
        assertEquals(1, answer.<JsonObject>json().getJsonArray("files").size());

        Api.Answer other = importPackage(Api.as("vanthu.vptu.tayninh", PASSWORD), fixture("edoc_update.edxml"));
        assertEquals(403, other.status(), "not one of its recipients");
    }

    @Test
    void theRealStatusMessageIsReadAndAnsweredForWhatItIsAbout() throws Exception {
        Api.Answer answer = importPackage(Api.as("vanthu.sotttt", DEMO_PASSWORD), fixture("status_processing_05.edxml"));
        assertEquals(403, answer.status(), "it answers Văn phòng Chính phủ, not Sở TT&TT");
        assertTrue(answer.<JsonObject>json().getString("detail").contains("000.00.00.G22"), answer.body());
    }

    @Test
    void aMalformedPackageIsRefusedByNameAndLeavesNothing() throws Exception {
        Api clerk = Api.as("vanthu.vptu.tayninh", PASSWORD);
        String subject = "Gói hỏng " + UUID.randomUUID();
        String text = new String(fixture("edoc_new.edxml"), StandardCharsets.UTF_8)
                .replace("<edXML:Subject>Báo cáo tài chính tỉnh", "<edXML:Subject>" + subject)
                .replace("2491/STC-BCTC</edXML:DocumentId>", "2491/STC-BCTC-X</edXML:DocumentId>");
        Matcher content = Pattern.compile("(<edXML:ContentTransferEncoded[^>]*>)([^<]{0,40})").matcher(text);
        assertTrue(content.find());
        String broken = content.replaceFirst("$1@@not base64@@");
        Api.Answer refused = importPackage(clerk, broken.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.<JsonObject>json().getString("detail").contains("ContentTransferEncoded"), refused.body());

        Api.Answer noDate = importPackage(clerk, text.replace("<edXML:PromulgationDate>30/10/2020</edXML:PromulgationDate>",
                "<edXML:PromulgationDate>31/02/2020</edXML:PromulgationDate>").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, noDate.status(), noDate.body());
        assertTrue(noDate.<JsonObject>json().getString("detail").contains("31/02/2020"), noDate.body());

        Api.Answer truncated = importPackage(clerk, text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8));
        assertEquals(400, truncated.status(), truncated.body());

        Api.Answer unknown = importPackage(clerk, text.replace("<edXML:OrganId>000.00.01.A53", "<edXML:OrganId>000.00.99.Z99")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.<JsonObject>json().getString("detail").contains("Gói edXML gửi cho 000.00.99.Z99: không cơ quan nào"),
                unknown.body());

        assertTrue(clerk.get("/api/documents/incoming?max=200").<JsonArray>json().stream()
                .noneMatch(v -> subject.equals(v.asJsonObject().getString("subject"))), "nothing half-imported");
    }

    @Test
    void anExportImportsBackWithTheSameMetadataAndByteIdenticalFiles() throws Exception {
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        String subject = "Kế hoạch chuyển đổi số " + UUID.randomUUID();
        long id = drafted(sender, draft(subject, "THUONG", QUAN3));
        byte[] pdf = shared("fixtures", "signatures", "docs", "congvan.pdf");
        byte[] docx = shared("fixtures", "signatures", "docs", "congvan.docx");
        assertEquals(201, upload(sender, id, "MAIN", "ke-hoach.pdf", pdf).status());
        assertEquals(201, upload(sender, id, "APPENDIX", "phụ lục 1.docx", docx).status());
        JsonObject issued = sender.post("/api/documents/outgoing/" + id + "/issue", "").json();

        Api.Download exported = sender.download("/api/documents/outgoing/" + id + "/edxml");
        assertEquals(200, exported.status());
        String xml = new String(exported.body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<edXML:AttachmentEncoded>") && xml.contains("<edXML:ContentTransferEncoded>"), "edXML: prefix");
        // Signed at issue: the PDF carries its signature, the DOCX travels with its .p7s.
        assertEquals(3, attachments(exported.body()).size());
        Map<String, byte[]> stored = new HashMap<>();
        for (JsonValue f : sender.get("/api/documents/outgoing/" + id + "/files").<JsonArray>json()) {
            stored.put(f.asJsonObject().getString("fileName"), sender.bytes("/api/files/" + f.asJsonObject().getJsonNumber("id")));
        }
        assertEquals(Set.of("ke-hoach.pdf", "phụ lục 1.docx", "phụ lục 1.docx.p7s"), stored.keySet());
        assertArrayEquals(docx, stored.get("phụ lục 1.docx"), "a detached signature leaves the file as uploaded");
        assertEquals(404, Api.as("vanthu.quan1", DEMO_PASSWORD).download("/api/documents/outgoing/" + id + "/edxml").status());

        Api quan3 = Api.as("vanthu.quan3", DEMO_PASSWORD);
        Api.Answer answer = importPackage(quan3, exported.body());
        assertEquals(201, answer.status(), answer.body());
        JsonObject incoming = answer.<JsonObject>json().getJsonObject("incoming");
        assertEquals(subject, incoming.getString("subject"));
        assertEquals(issued.getString("number"), incoming.getString("number"));
        assertEquals(ExchangeFixtures.SOTTTT, incoming.getString("sender"));
        assertEquals(issued.getString("documentTypeName"), incoming.getString("documentTypeName"));
        assertEquals("Dương Thu Trang", incoming.getString("signerName"));
        assertEquals(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), incoming.getString("issuedOn"));
        assertEquals("VALID", incoming.getString("signatureVerdict"), incoming.toString());
        JsonArray files = answer.<JsonObject>json().getJsonArray("files");
        assertEquals(3, files.size());
        for (JsonValue f : files) {
            JsonObject file = f.asJsonObject();
            assertEquals(file.getString("fileName").endsWith(".p7s") ? "SIGNATURE"
                    : file.getString("fileName").endsWith(".pdf") ? "MAIN" : "APPENDIX", file.getString("role"));
            assertArrayEquals(stored.get(file.getString("fileName")),
                    quan3.download("/api/files/" + file.getJsonNumber("id")).body(), "the sender's stored, signed bytes");
        }
        assertEquals(200, importPackage(quan3, exported.body()).status(), "a replay makes nothing new");
        assertEquals(1, sender.get("/api/documents/outgoing?max=200").<JsonArray>json().stream()
                .filter(v -> subject.equals(v.asJsonObject().getString("subject"))).count(),
                "the imported copy is not in the sender's own list");
    }

    @Test
    void statusMessagesTravelBothWays() throws Exception {
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = drafted(sender, draft("Báo cáo gửi Văn phòng Chính phủ " + UUID.randomUUID(), "THUONG", "000.00.00.G22"));
        JsonObject issued = sender.post("/api/documents/outgoing/" + id + "/issue", "").json();
        assertEquals(200, sender.post("/api/documents/outgoing/" + id + "/send", "").status());
        JsonObject delivery = null;
        for (int i = 0; i < 120 && delivery == null; i++) {
            JsonObject d = sender.get("/api/documents/outgoing/" + id + "/deliveries").<JsonArray>json().getJsonObject(0);
            delivery = "EXPORTED".equals(d.getString("routing")) ? d : null;
            Thread.sleep(delivery == null ? 250 : 0);
        }
        assertTrue(delivery != null, "exported to the national platform");
        long deliveryId = delivery.getJsonNumber("id").longValue();

        String[] number = issued.getString("number").split("/", 2);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        String status = new String(fixture("status_processing_05.edxml"), StandardCharsets.UTF_8)
                .replace("<edXML:OrganId>000.00.00.H41</edXML:OrganId>", "<edXML:OrganId>000.00.00.G22</edXML:OrganId>")
                .replace("<edXML:OrganId>000.00.00.G22</edXML:OrganId>\n\t\t\t<edXML:Code>7816/VPCP-TTĐT",
                        "<edXML:OrganId>" + ExchangeFixtures.SOTTTT + "</edXML:OrganId>\n\t\t\t<edXML:Code>" + number[0] + "/" + number[1])
                .replace("<edXML:PromulgationDate>2015/09/30", "<edXML:PromulgationDate>" + today)
                .replace("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT", ExchangeFixtures.SOTTTT + "," + today + "," + issued.getString("number"));
        Api.Answer applied = importPackage(sender, status.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, applied.status(), applied.body());
        JsonObject after = sender.get("/api/documents/outgoing/" + id + "/deliveries").<JsonArray>json().getJsonObject(0);
        assertEquals("05", after.getString("statusCode"));
        int steps = after.getJsonArray("history").size();
        assertEquals(200, importPackage(sender, status.getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(steps, sender.get("/api/documents/outgoing/" + id + "/deliveries").<JsonArray>json().getJsonObject(0)
                .getJsonArray("history").size(), "a replayed status message changes nothing");

        Api.Download message = sender.download("/api/documents/deliveries/" + deliveryId + "/edxml-status");
        assertEquals(200, message.status());
        String xml = new String(message.body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<edXML:StatusCode>05</edXML:StatusCode>"), xml);
        assertTrue(xml.contains(issued.getString("number").split("/", 2)[1]), xml);
        assertEquals(404, Api.as("vanthu.stc", DEMO_PASSWORD).download("/api/documents/deliveries/" + deliveryId + "/edxml-status").status());
    }
}
