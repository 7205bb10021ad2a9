package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Drafts, files and inbox polling shared by the file, hold and edXML tests. */
final class ExchangeFixtures {

    static final String SOTTTT = "000.00.11.H29";
    static final String QUAN1 = "000.00.31.H29";
    static final String QUAN3 = "000.00.33.H29";

    private ExchangeFixtures() {
    }

    /** A draft of Sở TT&TT as the API takes it; a paper-only one is recorded, never sent. */
    static String draft(String subject, String secrecy, boolean paperOnly, String... recipients) {
        return """
                {"documentType":"OFFICIAL_LETTER","subject":"%s","notation":"STTTT-VP","signerPosition":"Giám đốc",
                 "signerName":"Dương Thu Trang","place":"TP. Hồ Chí Minh","priority":0,"secrecy":"%s","paperOnly":%s,
                 "recipients":[%s]}""".formatted(subject, secrecy, paperOnly, quoted(recipients));
    }

    static String draft(String subject, String secrecy, String... recipients) {
        return draft(subject, secrecy, false, recipients);
    }

    /** Agency codes as the members of a JSON array. */
    static String quoted(String... codes) {
        return String.join(",", Arrays.stream(codes).map(c -> "\"" + c + "\"").toList());
    }

    static long drafted(Api clerk, String body) throws Exception {
        Api.Answer created = clerk.post("/api/documents/outgoing", body);
        assertEquals(201, created.status(), created.body());
        return created.<JsonObject>json().getJsonNumber("id").longValue();
    }

    /** Drafts and issues a document; returns its id. */
    static long issued(Api clerk, String body) throws Exception {
        long id = drafted(clerk, body);
        assertEquals(200, clerk.post("/api/documents/outgoing/" + id + "/issue", "").status());
        return id;
    }

    /** Uploads raw bytes to a draft; the file name goes percent-encoded in X-File-Name. */
    static Api.Answer upload(Api clerk, long documentId, String role, String fileName, byte[] bytes) throws Exception {
        return clerk.postBytes("/api/documents/outgoing/" + documentId + "/files?role=" + role, bytes,
                "application/octet-stream", "X-File-Name",
                java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }

    static byte[] shared(String... path) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("shared.dir", "../../shared"), path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject awaitInInbox(Api clerk, String subject) throws Exception {
        for (int i = 0; i < 120; i++) {
            for (JsonValue v : clerk.get("/api/documents/incoming?max=200").<JsonArray>json()) {
                if (subject.equals(v.asJsonObject().getString("subject"))) {
                    return v.asJsonObject();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(subject + " never arrived");
    }
}
