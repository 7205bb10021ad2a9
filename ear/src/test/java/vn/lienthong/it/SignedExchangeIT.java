package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.ExchangeFixtures.QUAN1;
import static vn.lienthong.it.ExchangeFixtures.QUAN3;
import static vn.lienthong.it.ExchangeFixtures.awaitInInbox;
import static vn.lienthong.it.ExchangeFixtures.draft;
import static vn.lienthong.it.ExchangeFixtures.drafted;
import static vn.lienthong.it.ExchangeFixtures.shared;
import static vn.lienthong.it.ExchangeFixtures.upload;

/**
 * Signing on issue and verification on arrival (decision 051): what an agency issues is signed so that openssl and
 * pdfsig accept it, the recipient sees the verdict, a package changed on the way is INVALID and can only be returned,
 * and an unsigned envelope is accepted only by the clerk's audited decision.
 */
@ExtendWith(ArquillianExtension.class)
class SignedExchangeIT extends LienThongEar {

    private static final Pattern ENVELOPE_SIGNATURE = Pattern.compile(
            "<(\\w+:)?Signature xmlns(:\\w+)?=\"http://www.w3.org/2000/09/xmldsig#\".*?</(\\w+:)?Signature>",
            Pattern.DOTALL);
    private static final Pattern ATTACHMENT = Pattern.compile(
            "(<edXML:ContentTransferEncoded[^>]*>)([^<]*)(</edXML:ContentTransferEncoded>)");

    @TempDir
    static Path dir;
    private static Path roots;

    private final byte[] pdf = shared("fixtures", "signatures", "docs", "congvan.pdf");
    private final byte[] docx = shared("fixtures", "signatures", "docs", "congvan.docx");

    @BeforeAll
    static void trustedRoots() throws Exception {
        Api.Answer answer = Api.as("vanthu.sotttt", DEMO_PASSWORD).get("/api/signatures/trusted-roots");
        assertEquals(200, answer.status());
        roots = Files.writeString(dir.resolve("roots.pem"), answer.body());
    }

    @Test
    void issuingSignsEveryFileSoThatOpensslAndPdfsigAcceptItAndTheRecipientSeesItValid() throws Exception {
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        String subject = "Công văn ký số khi cấp số " + UUID.randomUUID();
        long id = drafted(sender, draft(subject, "THUONG", QUAN1));
        byte[] text = ("Phụ lục " + subject).getBytes(StandardCharsets.UTF_8);
        assertEquals(201, upload(sender, id, "MAIN", "cong-van.pdf", pdf).status());
        assertEquals(201, upload(sender, id, "APPENDIX", "phu-luc.docx", docx).status());
        assertEquals(201, upload(sender, id, "APPENDIX", "ghi-chu.txt", text).status());
        assertEquals(3, files(sender, "/api/documents/outgoing/" + id + "/files").size(), "a draft's files stay as uploaded");
        assertTrue(Exchange.audited("outgoing:" + id).stream().noneMatch(a -> a.startsWith("FILE_SIGNED")));

        assertEquals(200, sender.post("/api/documents/outgoing/" + id + "/issue", "").status());
        Map<String, JsonObject> issued = files(sender, "/api/documents/outgoing/" + id + "/files");
        assertEquals(List.of("cong-van.pdf", "ghi-chu.txt", "ghi-chu.txt.p7s", "phu-luc.docx", "phu-luc.docx.p7s"),
                issued.keySet().stream().sorted().toList());
        assertEquals("SIGNATURE", issued.get("phu-luc.docx.p7s").getString("role"));
        byte[] signedPdf = sender.bytes(href(issued.get("cong-van.pdf")));
        assertNotEquals(pdf.length, signedPdf.length, "the stored main file is the PAdES-signed PDF");
        assertTrue(Exchange.audited("outgoing:" + id).contains("FILE_SIGNED/SUCCESS"));

        IndependentTools pdfsig = IndependentTools.pdfsig(dir, roots, Files.write(dir.resolve(id + ".pdf"), signedPdf));
        assertTrue(pdfsig.output().contains("Signature Validation: Signature is Valid."), pdfsig.output());
        assertTrue(pdfsig.output().contains("Certificate Validation: Certificate is Trusted."), pdfsig.output());
        assertTrue(pdfsig.output().contains("Total document signed"), pdfsig.output());
        for (String name : List.of("phu-luc.docx", "ghi-chu.txt")) {
            byte[] content = sender.bytes(href(issued.get(name)));
            Path file = Files.write(dir.resolve(id + "-" + name), content);
            Path p7s = Files.write(dir.resolve(id + "-" + name + ".p7s"), sender.bytes(href(issued.get(name + ".p7s"))));
            IndependentTools openssl = IndependentTools.opensslVerify(p7s, file, roots);
            assertEquals(0, openssl.exitCode(), name + ": " + openssl.output());
        }
        assertEquals(text.length, issued.get("ghi-chu.txt").getJsonNumber("size").intValue(), "detached: bytes unchanged");

        assertEquals(200, sender.post("/api/documents/outgoing/" + id + "/send", "").status());
        Api quan1 = Api.as("vanthu.quan1", DEMO_PASSWORD);
        JsonObject incoming = awaitInInbox(quan1, subject);
        assertEquals("VALID", incoming.getString("signatureVerdict"), incoming.toString());
        assertEquals("OK", incoming.getString("signatureReason"));
        long incomingId = incoming.getJsonNumber("id").longValue();
        JsonArray checks = quan1.get("/api/documents/incoming/" + incomingId + "/signatures").json();
        assertEquals(3, checks.size(), checks.toString());
        for (JsonValue v : checks) {
            JsonObject check = v.asJsonObject();
            assertEquals("VALID", check.getString("verdict"), check.toString());
            assertEquals("Hợp lệ", check.getString("verdictText"));
            assertEquals("Sở Thông tin và Truyền thông", check.getString("signerOrganisation"), check.toString());
            assertEquals(3, check.getJsonArray("chain").size(), "signer, agency sub-CA, root");
            assertTrue(check.containsKey("signingTime"), check.toString());
        }
        Map<String, JsonObject> received = files(quan1, "/api/documents/incoming/" + incomingId + "/files");
        assertEquals(issued.keySet(), received.keySet());
        assertTrue(java.util.Arrays.equals(signedPdf, quan1.bytes(href(received.get("cong-van.pdf")))),
                "the recipient gets the sender's stored, signed bytes");
        JsonObject accepted = quan1.post("/api/documents/incoming/" + incomingId + "/accept", "").json();
        assertEquals("03", accepted.getString("statusCode"), accepted.toString());
    }

    @Test
    void anExportedPackageCarriesAnEnvelopeSignatureThatVerifiesAndAChangedOneIsInvalidAndOnlyReturned()
            throws Exception {
        byte[] exported = exportedPackage("Kế hoạch gửi qua edXML " + UUID.randomUUID());
        String xml = new String(exported, StandardCharsets.UTF_8);
        assertTrue(ENVELOPE_SIGNATURE.matcher(xml).find(), "an XMLDSig Signature in the envelope");

        Api quan3 = Api.as("vanthu.quan3", DEMO_PASSWORD);
        Api.Answer imported = quan3.postBytes("/api/documents/incoming/edxml", withAppendixChanged(exported),
                "application/xml");
        assertEquals(201, imported.status(), imported.body());
        JsonObject incoming = imported.<JsonObject>json().getJsonObject("incoming");
        assertEquals("INVALID", incoming.getString("signatureVerdict"), incoming.toString());
        assertEquals("TAMPERED", incoming.getString("signatureReason"));
        long id = incoming.getJsonNumber("id").longValue();
        Map<String, JsonObject> checks = quan3.get("/api/documents/incoming/" + id + "/signatures").<JsonArray>json()
                .stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(c -> c.getString("name"), Function.identity()));
        assertEquals("VALID", checks.get("ke-hoach.pdf").getString("verdict"), checks.toString());
        assertEquals("TAMPERED", checks.get("phu-luc.docx").getString("reason"), checks.toString());
        assertEquals("INVALID", checks.get("edXML").getString("verdict"), "the envelope signature no longer holds");
        assertFalse(checks.get("edXML").containsKey("fileId"), "the envelope is no file");

        Api.Answer refused = quan3.post("/api/documents/incoming/" + id + "/accept", "");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.<JsonObject>json().getString("detail").contains("không hợp lệ"), refused.body());
        Api.Answer decided = quan3.post("/api/documents/incoming/" + id + "/accept",
                "{\"acceptIndeterminate\":true,\"note\":\"vẫn muốn nhận\"}");
        assertEquals(409, decided.status(), "no decision overrides an INVALID signature");
        JsonObject returned = quan3.post("/api/documents/incoming/" + id + "/return",
                "{\"reason\":\"Chữ ký số không hợp lệ: phụ lục bị thay đổi\"}").json();
        assertEquals("02", returned.getString("statusCode"), returned.toString());
        assertTrue(Exchange.audited("incoming:" + id).contains("DOCUMENT_STATUS_CHANGED/REFUSED"));
    }

    @Test
    void theUnchangedPackageImportsValidAndAnUnsignedEnvelopeNeedsTheClerksAuditedDecision() throws Exception {
        byte[] exported = exportedPackage("Báo cáo ký số edXML " + UUID.randomUUID());
        Api quan3 = Api.as("vanthu.quan3", DEMO_PASSWORD);
        // Imported as it came, it is VALID throughout, envelope included.
        Api.Answer valid = quan3.postBytes("/api/documents/incoming/edxml", exported, "application/xml");
        assertEquals(201, valid.status(), valid.body());
        JsonObject asSent = valid.<JsonObject>json().getJsonObject("incoming");
        assertEquals("VALID", asSent.getString("signatureVerdict"), asSent.toString());
        assertEquals(3, quan3.get("/api/documents/incoming/" + asSent.getJsonNumber("id") + "/signatures")
                .<JsonArray>json().size(), "the PDF, the DOCX (checked with its .p7s) and the envelope");

        String unsigned = ENVELOPE_SIGNATURE.matcher(new String(exportedPackage("Văn bản không ký phong bì "
                + UUID.randomUUID()), StandardCharsets.UTF_8)).replaceAll("");
        Api.Answer imported = quan3.postBytes("/api/documents/incoming/edxml",
                unsigned.getBytes(StandardCharsets.UTF_8), "application/xml");
        assertEquals(201, imported.status(), imported.body());
        JsonObject incoming = imported.<JsonObject>json().getJsonObject("incoming");
        assertEquals("INDETERMINATE", incoming.getString("signatureVerdict"), incoming.toString());
        assertEquals("NO_SIGNATURE", incoming.getString("signatureReason"));
        long id = incoming.getJsonNumber("id").longValue();

        Api.Answer plain = quan3.post("/api/documents/incoming/" + id + "/accept", "");
        assertEquals(409, plain.status(), "an INDETERMINATE signature needs a decision");
        assertTrue(plain.<JsonObject>json().getString("detail").contains("chưa xác định"), plain.body());
        Api.Answer noNote = quan3.post("/api/documents/incoming/" + id + "/accept", "{\"acceptIndeterminate\":true}");
        assertEquals(400, noNote.status(), noNote.body());
        assertTrue(noNote.<JsonObject>json().getString("detail").contains("lý do"), noNote.body());
        JsonObject accepted = quan3.post("/api/documents/incoming/" + id + "/accept",
                "{\"acceptIndeterminate\":true,\"note\":\"Đã gọi điện xác nhận với Sở TT&TT\"}").json();
        assertEquals("03", accepted.getString("statusCode"), accepted.toString());
        assertEquals("Đã gọi điện xác nhận với Sở TT&TT", accepted.getString("signatureDecision"));
        assertTrue(Exchange.audited("incoming:" + id).contains("SIGNATURE_DECIDED/SUCCESS"));
    }

    @Test
    void issuingWithoutASigningKeyTakesNoNumber() throws Exception {
        Api admin = Api.as("quantri", DEMO_PASSWORD);
        String code = "000.00.97.H29";
        int created = admin.post("/api/directory/agencies",
                "{\"code\":\"" + code + "\",\"name\":\"Ban Thử nghiệm Ký số\",\"reach\":\"LIENTHONG\"}").status();
        assertTrue(created == 201 || created == 409, "agency: " + created);
        Api.Answer account = admin.post("/api/directory/accounts", """
                {"username":"vanthu.kyso","password":"Nhap@KySo2026","role":"CLERK","agencyCode":"%s","fullName":"Văn thư ký số"}"""
                .formatted(code));
        assertTrue(account.status() == 201 || account.status() == 409, account.body());
        Api clerk = Api.as("vanthu.kyso", "Nhap@KySo2026");

        int before = numberOf(clerk, drafted(clerk, draft("Không tệp 1 " + UUID.randomUUID(), "THUONG", QUAN1)));
        long withFile = drafted(clerk, draft("Có tệp " + UUID.randomUUID(), "THUONG", QUAN1));
        assertEquals(201, upload(clerk, withFile, "MAIN", "cong-van.pdf", pdf).status());
        Api.Answer refused = clerk.post("/api/documents/outgoing/" + withFile + "/issue", "");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.<JsonObject>json().getString("detail").contains("chưa có khóa ký số"), refused.body());
        JsonObject still = clerk.get("/api/documents/outgoing/" + withFile).json();
        assertFalse(still.containsKey("number"), still.toString());
        assertEquals(List.of("cong-van.pdf"), List.copyOf(files(clerk, "/api/documents/outgoing/" + withFile + "/files").keySet()));
        int after = numberOf(clerk, drafted(clerk, draft("Không tệp 2 " + UUID.randomUUID(), "THUONG", QUAN1)));
        assertEquals(before + 1, after, "the failed issue consumed no number");
    }

    /** The package with one byte of its appendix (the second attachment) changed after signing. */
    static byte[] withAppendixChanged(byte[] edxml) {
        Matcher m = ATTACHMENT.matcher(new String(edxml, StandardCharsets.UTF_8));
        StringBuilder tampered = new StringBuilder();
        int n = 0;
        while (m.find()) {
            String encoded = m.group(2);
            if (n++ == 1) {
                byte[] bytes = Base64.getMimeDecoder().decode(encoded);
                bytes[bytes.length / 2] ^= 1;
                encoded = Base64.getEncoder().encodeToString(bytes);
            }
            m.appendReplacement(tampered, Matcher.quoteReplacement(m.group(1) + encoded + m.group(3)));
        }
        m.appendTail(tampered);
        assertTrue(n >= 3, "main file, appendix and its .p7s travel: " + n);
        return tampered.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Issues a fresh document of Sở TT&TT to Quận 3 with a PDF and a DOCX, and exports it as edXML. */
    static byte[] exportedPackage(String subject) throws Exception {
        byte[] pdf = shared("fixtures", "signatures", "docs", "congvan.pdf");
        byte[] docx = shared("fixtures", "signatures", "docs", "congvan.docx");
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = drafted(sender, draft(subject, "THUONG", QUAN3));
        assertEquals(201, upload(sender, id, "MAIN", "ke-hoach.pdf", pdf).status());
        assertEquals(201, upload(sender, id, "APPENDIX", "phu-luc.docx", docx).status());
        assertEquals(200, sender.post("/api/documents/outgoing/" + id + "/issue", "").status());
        Api.Download exported = sender.download("/api/documents/outgoing/" + id + "/edxml");
        assertEquals(200, exported.status());
        return exported.body();
    }

    private static int numberOf(Api clerk, long id) throws Exception {
        Api.Answer issued = clerk.post("/api/documents/outgoing/" + id + "/issue", "");
        assertEquals(200, issued.status(), issued.body());
        return Integer.parseInt(issued.<JsonObject>json().getString("number").split("/")[0]);
    }

    private static Map<String, JsonObject> files(Api clerk, String path) throws Exception {
        return clerk.get(path).<JsonArray>json().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(f -> f.getString("fileName"), Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static String href(JsonObject file) {
        return "/api/files/" + file.getJsonNumber("id").longValue();
    }
}
