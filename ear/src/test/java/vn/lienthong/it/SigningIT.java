package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signatures made by the running server pass the independent tools (openssl, pdfsig with an NSS database trusting
 * the city's root), and every shared vector posted to the verification API gets the verdict MANIFEST.csv gives it.
 */
@ExtendWith(ArquillianExtension.class)
class SigningIT extends LienThongEar {

    private static final Path SIGNATURES = Path.of(System.getProperty("shared.dir", "../../shared"),
            "fixtures/signatures");
    private static final String CLERK = "vanthu.sotttt";

    @TempDir
    static Path dir;
    private static Path roots;

    @BeforeAll
    static void trustedRoots() throws Exception {
        Answer answer = call(CLERK, HttpRequest.newBuilder(uri("/api/signatures/trusted-roots")).GET());
        assertEquals(200, answer.status());
        String pem = new String(answer.body(), StandardCharsets.US_ASCII);
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"), pem);
        roots = Files.writeString(dir.resolve("roots.pem"), pem);
    }

    @Test
    void aDetachedSignatureFromTheServerPassesOpenssl() throws Exception {
        byte[] docx = Files.readAllBytes(SIGNATURES.resolve("docs/congvan.docx"));
        Answer signed = signedByServer("công văn.docx", docx, "application/pkcs7-signature");
        assertTrue(signed.disposition().contains("c%C3%B4ng%20v%C4%83n.docx.p7s"), signed.disposition());
        assertTrue(signed.disposition().startsWith("attachment; filename=\"cong van.docx.p7s\""), "an ASCII fallback too");

        Path content = Files.write(dir.resolve("congvan.docx"), docx);
        Path signature = Files.write(dir.resolve("congvan.docx.p7s"), signed.body());
        IndependentTools openssl = IndependentTools.opensslVerify(signature, content, roots);
        assertEquals(0, openssl.exitCode(), openssl.output());
        assertTrue(openssl.output().contains("Verification successful"), openssl.output());

        // Our own verification says the same, naming the agency, and a changed byte breaks it.
        JsonObject report = verification(part("file", "congvan.docx", docx),
                part("signature", "congvan.docx.p7s", signed.body()));
        assertEquals("VALID", report.getString("verdict"), report.toString());
        assertEquals("Sở Thông tin và Truyền thông", report.getString("signerName"));
        assertEquals(3, report.getJsonArray("chain").size());
        docx[docx.length / 2] ^= 1;
        JsonObject tampered = verification(part("file", "congvan.docx", docx),
                part("signature", "congvan.docx.p7s", signed.body()));
        assertEquals("INVALID", tampered.getString("verdict"));
        assertEquals("TAMPERED", tampered.getString("reason"));
    }

    @Test
    void aPadesPdfFromTheServerIsValidInPdfsig() throws Exception {
        byte[] pdf = Files.readAllBytes(SIGNATURES.resolve("docs/congvan.pdf"));
        Answer signed = signedByServer("congvan.pdf", pdf, "application/pdf");
        Path file = Files.write(dir.resolve("congvan.signed.pdf"), signed.body());

        IndependentTools pdfsig = IndependentTools.pdfsig(dir, roots, file);
        assertTrue(pdfsig.output().contains("Signature Validation: Signature is Valid."), pdfsig.output());
        assertTrue(pdfsig.output().contains("Certificate Validation: Certificate is Trusted."), pdfsig.output());
        assertTrue(pdfsig.output().contains("Total document signed"), pdfsig.output());

        JsonObject report = verification(part("file", "congvan.signed.pdf", signed.body()));
        assertEquals("VALID", report.getString("verdict"), report.toString());
        assertEquals("Sở Thông tin và Truyền thông", report.getString("signerOrganisation"), report.toString());
    }

    @Test
    void everySharedVectorGetsTheManifestVerdictFromTheApi() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> lines = Files.readAllLines(SIGNATURES.resolve("MANIFEST.csv"));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            String path = f[0];
            String name = path.substring(path.lastIndexOf('/') + 1);
            byte[] vector = Files.readAllBytes(SIGNATURES.resolve(path));
            JsonObject report = f[1].equals("cms-detached")
                    ? verification(part("file", f[2].substring(f[2].lastIndexOf('/') + 1),
                    Files.readAllBytes(SIGNATURES.resolve(f[2]))), part("signature", name, vector))
                    : verification(part("file", name, vector));
            Set<String> expected = f[3].equals("INDETERMINATE_OR_INVALID") ? Set.of("INDETERMINATE", "INVALID")
                    : Set.of(f[3]);
            if (!expected.contains(report.getString("verdict")) || !report.getString("reason").equals(f[4])) {
                failures.add(line + " -> " + report.getString("verdict") + "/" + report.getString("reason"));
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(lines.size() > 15, "the manifest was read");
    }

    @Test
    void theReportSpeaksTheReadersLanguageAndNamesTheChain() throws Exception {
        byte[] pdf = Files.readAllBytes(SIGNATURES.resolve("pades/congvan.signed.pdf"));
        JsonObject vi = verification(part("file", "congvan.signed.pdf", pdf));
        assertEquals("Hợp lệ", vi.getString("verdictText"));
        JsonArray chain = vi.getJsonArray("chain");
        JsonObject root = chain.getJsonObject(chain.size() - 1);
        assertEquals(root.getString("subject"), root.getString("issuer"), "the chain ends at a self-signed root");
        assertTrue(vi.getString("signingTime").matches("\\d{4}-\\d\\d-\\d\\dT.*"), vi.toString());

        Answer en = upload(CLERK, "/api/signatures/verification", "en", part("file", "congvan.signed.pdf", pdf));
        JsonObject english = en.json();
        assertEquals("Valid", english.getString("verdictText"));
    }

    @Test
    void badRequestsAreRefusedInVietnameseAndOnlyClerksSign() throws Exception {
        Answer noFile = upload(CLERK, "/api/signatures/verification", part("other", "x.txt", new byte[]{1}));
        assertEquals(400, noFile.status(), noFile.text());
        assertTrue(noFile.contentType().startsWith("application/problem+json"), noFile.contentType());
        assertTrue(noFile.text().contains("Cần chọn tệp cần kiểm tra"), noFile.text());

        Answer leader = upload("lanhdao.sotttt", "/api/signatures/signing", part("file", "a.txt", new byte[]{'a'}));
        assertEquals(403, leader.status(), leader.text());

        Answer anonymous = send(HttpRequest.newBuilder(uri("/api/signatures/trusted-roots")).GET());
        assertEquals(401, anonymous.status());

        JsonObject unsigned = verification(part("file", "note.txt", "Không có chữ ký".getBytes(StandardCharsets.UTF_8)));
        assertEquals("INVALID", unsigned.getString("verdict"));
        assertEquals("NO_SIGNATURE", unsigned.getString("reason"));
    }

    @Test
    void signingIsAudited() throws Exception {
        String name = "phuluc-" + UUID.randomUUID() + ".txt";
        signedByServer(name, "Phụ lục".getBytes(StandardCharsets.UTF_8), "application/pkcs7-signature");
        Answer audit = call("quantri", HttpRequest.newBuilder(uri("/api/audit?subject=file:" + name)).GET());
        JsonArray entries = audit.json();
        assertEquals(1, entries.size(), audit.text());
        assertEquals("FILE_SIGNED", entries.getJsonObject(0).getString("action"));
        assertEquals(CLERK, entries.getJsonObject(0).getString("actor"));
        assertTrue(entries.getJsonObject(0).getString("detail").startsWith("CMS, SHA-256 "));
    }

    // --- helpers: multipart uploads with HTTP Basic, and the independent tools ---

    private record Part(String field, String fileName, byte[] bytes) {
    }

    private static Part part(String field, String fileName, byte[] bytes) {
        return new Part(field, fileName, bytes);
    }

    private static Answer signedByServer(String fileName, byte[] content, String expectedType) throws Exception {
        Answer signed = upload(CLERK, "/api/signatures/signing", part("file", fileName, content));
        assertEquals(200, signed.status(), signed.text());
        assertEquals(expectedType, signed.contentType());
        return signed;
    }

    private static JsonObject verification(Part... parts) throws Exception {
        Answer answer = upload(CLERK, "/api/signatures/verification", parts);
        assertEquals(200, answer.status(), answer.text());
        return answer.json();
    }

    private static Answer upload(String user, String path, Part... parts) throws Exception {
        return upload(user, path, null, parts);
    }

    private static Answer upload(String user, String path, String language, Part... parts) throws Exception {
        String boundary = "----lienthong" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.field()
                    + "\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return call(user, request);
    }

    private static URI uri(String path) {
        return URI.create(BASE + path);
    }

    private static Answer call(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(request.header("Authorization", "Basic " + token));
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    private record Answer(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        <T extends JsonStructure> T json() {
            return new Api.Answer(status, contentType, text()).json();
        }
    }
}
