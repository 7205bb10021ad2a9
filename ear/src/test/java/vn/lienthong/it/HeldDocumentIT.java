package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.ExchangeFixtures.QUAN1;
import static vn.lienthong.it.ExchangeFixtures.awaitInInbox;
import static vn.lienthong.it.ExchangeFixtures.draft;
import static vn.lienthong.it.ExchangeFixtures.drafted;
import static vn.lienthong.it.ExchangeFixtures.shared;
import static vn.lienthong.it.ExchangeFixtures.upload;

/**
 * A document marked ordinary whose file carries a secrecy stamp is held: it cannot be issued or sent until a leader
 * of its agency releases it, or re-marks it, which deletes its files and leaves it to the paper carve-out.
 */
@ExtendWith(ArquillianExtension.class)
class HeldDocumentIT extends LienThongEar {

    private static boolean audited(long documentId, String action) throws Exception {
        JsonArray trail = Api.as("quantri", DEMO_PASSWORD).get("/api/audit?subject=outgoing:" + documentId).json();
        return trail.stream().map(JsonValue::asJsonObject).anyMatch(e -> action.equals(e.getString("action")));
    }

    @Test
    void aStampedFileHoldsTheDocumentUntilALeaderReleasesIt() throws Exception {
        Api clerk = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        String subject = "Phương án hội nghị " + UUID.randomUUID();
        long id = drafted(clerk, draft(subject, "THUONG", QUAN1));
        assertEquals(201, upload(clerk, id, "MAIN", "phuong-an.pdf", shared("fixtures", "signatures", "docs", "mat.pdf")).status());

        assertEquals("HELD", clerk.get("/api/documents/outgoing/" + id).<JsonObject>json().getString("status"));
        Api.Answer hold = clerk.get("/api/documents/outgoing/" + id + "/hold");
        assertEquals(200, hold.status(), hold.body());
        JsonObject reason = hold.json();
        assertEquals("MAT", reason.getString("grade"));
        assertEquals("phuong-an.pdf", reason.getString("fileName"));
        assertTrue(reason.getString("matched").replace(" ", "").equals("MẬT"), reason.toString());
        assertTrue(reason.getInt("line") >= 1);
        assertTrue(reason.getString("message").contains("được giữ lại"), reason.getString("message"));
        assertTrue(audited(id, "DOCUMENT_HELD"));

        Api.Answer issue = clerk.post("/api/documents/outgoing/" + id + "/issue", "");
        assertEquals(409, issue.status());
        assertTrue(issue.<JsonObject>json().getString("detail").contains("giữ lại"), issue.body());
        assertEquals(409, clerk.post("/api/documents/outgoing/" + id + "/send", "").status());

        assertEquals(403, clerk.post("/api/documents/outgoing/" + id + "/release", "{}").status(), "a clerk does not decide");
        assertEquals(404, Api.as("lanhdao.stc", DEMO_PASSWORD).post("/api/documents/outgoing/" + id + "/release", "{}").status(),
                "another agency's leader does not even see it");
        Api leader = Api.as("lanhdao.sotttt", DEMO_PASSWORD);
        assertTrue(leader.get("/api/documents/held").<JsonArray>json().stream()
                .anyMatch(d -> d.asJsonObject().getJsonNumber("id").longValue() == id));
        Api.Answer released = leader.post("/api/documents/outgoing/" + id + "/release",
                "{\"note\":\"Tài liệu công khai, dấu mật là mẫu trích dẫn\"}");
        assertEquals(200, released.status(), released.body());
        assertEquals("DRAFT", released.<JsonObject>json().getString("status"));
        assertTrue(audited(id, "DOCUMENT_RELEASED"));
        assertEquals(204, clerk.get("/api/documents/outgoing/" + id + "/hold").status());

        assertEquals(200, clerk.post("/api/documents/outgoing/" + id + "/issue", "").status());
        assertEquals(200, clerk.post("/api/documents/outgoing/" + id + "/send", "").status());
        awaitInInbox(Api.as("vanthu.quan1", DEMO_PASSWORD), subject);
    }

    @Test
    void aLeaderReMarksAHeldDocumentAndItsFilesAreGone() throws Exception {
        Api clerk = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = drafted(clerk, draft("Báo cáo an ninh " + UUID.randomUUID(), "THUONG", QUAN1));
        Api.Answer stored = upload(clerk, id, "MAIN", "bao-cao.txt", shared("fixtures", "signatures", "docs", "mat.txt"));
        assertEquals(201, stored.status(), stored.body());
        long fileId = stored.<JsonObject>json().getJsonNumber("id").longValue();
        assertEquals("HELD", clerk.get("/api/documents/outgoing/" + id).<JsonObject>json().getString("status"));
        assertEquals(409, upload(clerk, id, "APPENDIX", "them.txt", "Phụ lục".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status(),
                "nothing is added while held");

        Api manager = Api.as("quanly.sotttt", DEMO_PASSWORD);
        assertEquals(400, manager.post("/api/documents/outgoing/" + id + "/remark", "{\"secrecy\":\"THUONG\"}").status());
        Api.Answer remarked = manager.post("/api/documents/outgoing/" + id + "/remark", "{\"secrecy\":\"MAT\"}");
        assertEquals(200, remarked.status(), remarked.body());
        assertEquals("MAT", remarked.<JsonObject>json().getString("secrecy"));
        assertEquals("CLASSIFIED", remarked.<JsonObject>json().getString("carveOut"));
        assertEquals(0, clerk.get("/api/documents/outgoing/" + id + "/files").<JsonArray>json().size());
        assertEquals(404, clerk.download("/api/files/" + fileId).status(), "the stored file is deleted");
        assertTrue(audited(id, "DOCUMENT_REMARKED"));

        JsonObject issued = clerk.post("/api/documents/outgoing/" + id + "/issue", "").json();
        assertEquals("SECRET", issued.getString("registerSeries"));
        assertEquals(409, clerk.post("/api/documents/outgoing/" + id + "/send", "").status(), "classified: paper only");
    }
}
