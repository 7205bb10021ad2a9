package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.ExchangeFixtures.QUAN1;
import static vn.lienthong.it.ExchangeFixtures.awaitInInbox;
import static vn.lienthong.it.ExchangeFixtures.draft;
import static vn.lienthong.it.ExchangeFixtures.drafted;
import static vn.lienthong.it.ExchangeFixtures.shared;
import static vn.lienthong.it.ExchangeFixtures.upload;

/**
 * Files of a document through the API: upload with content inspection and limits, the carve-out for classified
 * documents, delivery of byte-identical files to the recipient only, and search by a word of the body.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentFilesIT extends LienThongEar {

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void filesAreCheckedStoredDeliveredAndOpenedOnlyByTheRecipient() throws Exception {
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        String subject = "Công văn có tệp " + UUID.randomUUID();
        long id = drafted(sender, draft(subject, "THUONG", QUAN1));
        byte[] pdf = shared("fixtures", "signatures", "docs", "congvan.pdf");
        byte[] docx = shared("fixtures", "signatures", "docs", "congvan.docx");

        Api.Answer main = upload(sender, id, "MAIN", "Công văn 532.pdf", pdf);
        assertEquals(201, main.status(), main.body());
        JsonObject mainFile = main.json();
        assertEquals("PDF", mainFile.getString("kind"));
        assertEquals(sha256(pdf), mainFile.getString("sha256"));
        assertEquals("Công văn 532.pdf", mainFile.getString("fileName"));
        assertEquals(201, upload(sender, id, "APPENDIX", "phu-luc.docx", docx).status());

        Api.Answer second = upload(sender, id, "MAIN", "khac.pdf", pdf);
        assertEquals(409, second.status(), "one main file per document");
        Api.Answer empty = upload(sender, id, "APPENDIX", "rong.txt", new byte[0]);
        assertEquals(400, empty.status());
        assertTrue(empty.<JsonObject>json().getString("detail").contains("rỗng"), empty.body());
        Api.Answer lying = upload(sender, id, "APPENDIX", "bao-cao.pdf", docx);
        assertEquals(400, lying.status(), "a DOCX named .pdf");
        assertTrue(lying.<JsonObject>json().getString("detail").contains("không khớp"), lying.body());
        Api.Answer program = upload(sender, id, "APPENDIX", "cai-dat.pdf",
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, program.status(), program.body());
        assertTrue(program.<JsonObject>json().getString("detail").startsWith("Tệp \"cai-dat.pdf\" bị từ chối"), program.body());
        assertEquals(400, upload(sender, id, "SIGNATURE", "x.p7s", pdf).status(), "signatures come from signing only");
        // A PDF cut short: its text cannot be read for a secrecy stamp, nor its bytes signed on issue.
        Api.Answer truncated = upload(sender, id, "APPENDIX", "cut.pdf", java.util.Arrays.copyOf(pdf, pdf.length / 3));
        assertEquals(400, truncated.status(), truncated.body());
        assertTrue(truncated.<JsonObject>json().getString("detail").contains("tệp hỏng"), truncated.body());

        // multipart/form-data, as a browser form sends it
        String boundary = "lt" + UUID.randomUUID();
        byte[] text = ("Nội dung phụ lục: tuyên truyền chuyển đổi số " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        byte[] form = concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\nAPPENDIX\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ghi-chu.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8), text,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Answer multipart = sender.postBytes("/api/documents/outgoing/" + id + "/files", form,
                "multipart/form-data; boundary=" + boundary);
        assertEquals(201, multipart.status(), multipart.body());
        assertEquals("TXT", multipart.<JsonObject>json().getString("kind"));
        assertEquals(3, sender.get("/api/documents/outgoing/" + id + "/files").<JsonArray>json().size());

        assertEquals(200, sender.post("/api/documents/outgoing/" + id + "/issue", "").status());
        assertEquals(409, upload(sender, id, "APPENDIX", "muon.txt", text).status(), "no files after issue");
        // Issuing signed them: the PDF in place (PAdES), the DOCX and the text each with a detached .p7s beside it.
        JsonArray issued = sender.get("/api/documents/outgoing/" + id + "/files").json();
        assertEquals(5, issued.size(), issued.toString());
        byte[] stored = sender.bytes("/api/files/" + issued.getJsonObject(0).getJsonNumber("id").longValue());
        assertFalse(java.util.Arrays.equals(pdf, stored), "the stored main file is the signed PDF");
        assertEquals(200, sender.post("/api/documents/outgoing/" + id + "/send", "").status());

        Api quan1 = Api.as("vanthu.quan1", DEMO_PASSWORD);
        long incoming = awaitInInbox(quan1, subject).getJsonNumber("id").longValue();
        JsonArray received = quan1.get("/api/documents/incoming/" + incoming + "/files").json();
        assertEquals(5, received.size());
        JsonObject first = received.getJsonObject(0);
        assertEquals("MAIN", first.getString("role"));
        Api.Download opened = quan1.download("/api/files/" + first.getJsonNumber("id").longValue());
        assertEquals(200, opened.status());
        assertArrayEquals(stored, opened.body(), "the recipient gets the sender's stored bytes");
        assertEquals("application/pdf", opened.header("Content-Type"));
        assertTrue(opened.header("Content-Disposition").startsWith("attachment; filename=\"Cong van 532.pdf\""),
                opened.header("Content-Disposition"));
        assertTrue(opened.header("Content-Disposition").contains("filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20532.pdf"));

        JsonArray trail = Api.as("quantri", DEMO_PASSWORD).get("/api/audit?subject=file:" + first.getJsonNumber("id")).json();
        assertTrue(trail.stream().anyMatch(e -> "FILE_VIEWED".equals(e.asJsonObject().getString("action"))), trail.toString());

        Api outsider = Api.as("vanthu.stc", DEMO_PASSWORD);
        for (JsonValue f : received) {
            assertEquals(404, outsider.download("/api/files/" + f.asJsonObject().getJsonNumber("id")).status());
        }
        assertEquals(404, outsider.get("/api/documents/incoming/" + incoming + "/files").status());
        assertEquals(404, outsider.get("/api/documents/outgoing/" + id + "/files").status());

        // A word of the appendix's body, without diacritics, finds the document at both ends.
        String word = new String(text, StandardCharsets.UTF_8).substring(new String(text, StandardCharsets.UTF_8).lastIndexOf(' ') + 1);
        JsonArray atRecipient = quan1.get("/api/documents/search?q=tuyen+truyen+" + word).json();
        assertEquals(1, atRecipient.size(), atRecipient.toString());
        assertEquals(subject, atRecipient.getJsonObject(0).getString("subject"));
        assertEquals(1, sender.get("/api/documents/search?q=" + word).<JsonArray>json().size());
        assertEquals(0, outsider.get("/api/documents/search?q=" + word).<JsonArray>json().size());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = drafted(sender, draft("Tệp quá lớn " + UUID.randomUUID(), "THUONG", QUAN1));
        Api.Answer refused = sender.postDeclaringLength("/api/documents/outgoing/" + id + "/files?role=MAIN",
                50L * 1024 * 1024 + 1, "X-File-Name", "lon.pdf");
        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.<JsonObject>json().getString("detail").contains("50 MB"), refused.body());
        assertEquals(0, sender.get("/api/documents/outgoing/" + id + "/files").<JsonArray>json().size());
        assertEquals(200, sender.get("/api/health").status(), "the server is still standing");
    }

    @Test
    void aRequestOverTheServersLimitGetsTheReasonNotAnEmptyAnswer() throws Exception {
        // 100 MB is over the 84 MB any ordinary request may carry: the application answers, in Vietnamese.
        Api.Answer refused = Api.as("vanthu.sotttt", DEMO_PASSWORD).postDeclaringLength("/api/documents/outgoing",
                100L << 20);
        assertEquals(413, refused.status(), refused.body());
        assertEquals("Yêu cầu quá lớn: tối đa 84 MB.", refused.<JsonObject>json().getString("detail"));
        Api.Answer inEnglish = Api.as("vanthu.sotttt", DEMO_PASSWORD)
                .postDeclaringLength("/api/documents/outgoing", 100L << 20, "Accept-Language", "en-GB,en;q=0.9");
        assertEquals("The request is too large: at most 84 MB.", inEnglish.<JsonObject>json().getString("detail"));
        // Nor may a login form be larger: the limit holds before authentication reads it.
        Api.Answer login = Api.anonymous().postDeclaringLength("/j_security_check", 100L << 20);
        assertEquals(413, login.status(), login.body());
        assertEquals(200, Api.anonymous().get("/api/health").status(), "the server is still standing");
    }

    @Test
    void aClassifiedDocumentNeverStoresAFileAndTheAttemptIsAudited() throws Exception {
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = drafted(sender, draft("Phương án bảo vệ " + UUID.randomUUID(), "TOI_MAT", QUAN1));
        Api.Answer refused = upload(sender, id, "MAIN", "phuong-an.pdf", shared("fixtures", "signatures", "docs", "congvan.pdf"));
        assertEquals(409, refused.status());
        assertTrue(refused.<JsonObject>json().getString("detail").contains("Tối mật"), refused.body());
        assertEquals(0, sender.get("/api/documents/outgoing/" + id + "/files").<JsonArray>json().size());
        JsonArray trail = Api.as("quantri", DEMO_PASSWORD).get("/api/audit?subject=outgoing:" + id).json();
        assertTrue(trail.stream().map(JsonValue::asJsonObject).anyMatch(e -> "FILE_REFUSED".equals(e.getString("action"))
                && "REFUSED".equals(e.getString("outcome"))), trail.toString());
    }

    @Test
    void aDraftAndItsFilesGoInOneCallAndARefusedFileLeavesNoDraft() throws Exception {
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        byte[] pdf = shared("fixtures", "signatures", "docs", "congvan.pdf");
        byte[] docx = shared("fixtures", "signatures", "docs", "congvan.docx");
        String subject = "Báo cáo một lần gửi " + UUID.randomUUID();

        Api.Answer created = draftWithFiles(sender, draft(subject, "THUONG", QUAN1),
                new Part("file", "bao-cao.pdf", pdf), new Part("appendix", "phu-luc.docx", docx));
        assertEquals(201, created.status(), created.body());
        JsonObject document = created.json();
        assertEquals(subject, document.getString("subject"));
        assertEquals("DRAFT", document.getString("status"));
        JsonArray files = sender.get("/api/documents/outgoing/" + document.getJsonNumber("id") + "/files").json();
        assertEquals(2, files.size(), files.toString());
        assertEquals("MAIN", files.getJsonObject(0).getString("role"));
        assertEquals("PDF", files.getJsonObject(0).getString("kind"));
        assertEquals("bao-cao.pdf", files.getJsonObject(0).getString("fileName"));
        assertEquals(sha256(pdf), files.getJsonObject(0).getString("sha256"));
        assertEquals("DOCX", files.getJsonObject(1).getString("kind"));

        String refusedSubject = "Có tệp bị từ chối " + UUID.randomUUID();
        Api.Answer refused = draftWithFiles(sender, draft(refusedSubject, "THUONG", QUAN1),
                new Part("file", "bao-cao.pdf", pdf), new Part("appendix", "bao-cao.pdf", docx));
        assertEquals(400, refused.status(), "a DOCX named .pdf");
        assertTrue(refused.<JsonObject>json().getString("detail").contains("không khớp"), refused.body());
        String classifiedSubject = "Mật gửi kèm tệp " + UUID.randomUUID();
        Api.Answer classified = draftWithFiles(sender, draft(classifiedSubject, "MAT", QUAN1),
                new Part("file", "phuong-an.pdf", pdf));
        assertEquals(409, classified.status(), "a classified document never holds a file");
        String outgoing = sender.get("/api/documents/outgoing?max=200").body();
        assertFalse(outgoing.contains(refusedSubject) || outgoing.contains(classifiedSubject), "no draft left behind");

        String stampedSubject = "Phương án một lần gửi " + UUID.randomUUID();
        Api.Answer stamped = draftWithFiles(sender, draft(stampedSubject, "THUONG", QUAN1),
                new Part("file", "phuong-an.pdf", shared("fixtures", "signatures", "docs", "mat.pdf")));
        assertEquals(201, stamped.status(), stamped.body());
        assertEquals("HELD", stamped.<JsonObject>json().getString("status"), "the stamp check runs as for an upload");

        Api.Answer noDraft = draftWithFiles(sender, null, new Part("file", "bao-cao.pdf", pdf));
        assertEquals(400, noDraft.status(), noDraft.body());
        Api.Answer incomplete = draftWithFiles(sender, draft("", "THUONG", QUAN1), new Part("file", "bao-cao.pdf", pdf));
        assertEquals(400, incomplete.status(), "the draft's constraints hold in a form too");
        assertTrue(incomplete.body().contains("subject"), incomplete.body());
    }

    private record Part(String name, String fileName, byte[] bytes) {
    }

    /** POST /api/documents/outgoing as multipart/form-data: the draft's JSON (when not null) and files. */
    private static Api.Answer draftWithFiles(Api clerk, String draftJson, Part... files) throws Exception {
        String boundary = "lt" + UUID.randomUUID();
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        if (draftJson != null) {
            form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"draft\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + draftJson + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Part part : files) {
            form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name()
                    + "\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            form.writeBytes(part.bytes());
            form.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        form.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return clerk.postBytes("/api/documents/outgoing", form.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
