package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.Exchange.QUAN1;
import static vn.lienthong.it.Exchange.QUAN3;

/** The carve-outs: classified and paper-only documents never leave electronically; they are recorded on paper. */
@ExtendWith(ArquillianExtension.class)
class PaperDispatchIT extends LienThongEar {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    private static String dispatch(long id, String carriage, String agencies, String external, String date) {
        return """
                {"documentId":%d,"dispatchedOn":%s,"carriage":%s,"agencies":[%s],"externalRecipients":[%s],"copies":2}"""
                .formatted(id, date == null ? "null" : "\"" + date + "\"", carriage == null ? "null" : "\"" + carriage + "\"",
                        agencies, external);
    }

    @Test
    void aClassifiedDocumentIsRefusedBySendHasNoDeliveryAndIsRecordedOnPaperFromTheSecretSeries() throws Exception {
        Api clerk = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        String subject = "Kế hoạch bảo vệ bí mật nhà nước " + UUID.randomUUID();
        long id = Exchange.issue(clerk, subject, "TOI_MAT", false, QUAN1);
        JsonObject document = clerk.get("/api/documents/outgoing/" + id).json();
        assertEquals("SECRET", document.getString("registerSeries"));

        Api.Answer refused = clerk.post("/api/documents/outgoing/" + id + "/send", "");
        assertEquals(409, refused.status());
        assertTrue(refused.<JsonObject>json().getString("detail").startsWith("Văn bản mật"), refused.body());
        Api.Answer inEnglish = Api.as("vanthu.sotttt", DEMO_PASSWORD).inEnglish().post("/api/documents/outgoing/" + id + "/send", "");
        assertEquals(409, inEnglish.status());
        assertTrue(inEnglish.<JsonObject>json().getString("detail").contains("paper"), inEnglish.body());
        assertEquals(0, clerk.get("/api/documents/outgoing/" + id + "/deliveries").<JsonArray>json().size(), "no route, no delivery");

        Api.Answer recorded = clerk.post("/api/paper-dispatches",
                dispatch(id, "LIAISON", "\"" + QUAN1 + "\"", "\"Bộ Công an\"", TODAY));
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject paper = recorded.json();
        assertEquals(document.getString("number"), paper.getString("number"));
        assertEquals("CLASSIFIED", paper.getString("carveOut"));
        assertEquals("Giao liên", paper.getString("carriageLabel"));
        assertEquals("Bộ Công an", paper.getJsonArray("recipients").getJsonObject(1).getString("name"));
        assertEquals("PAPER_DISPATCHED", clerk.get("/api/documents/outgoing/" + id).<JsonObject>json().getString("status"));
        assertEquals(200, clerk.get("/api/paper-dispatches/document/" + id).status());

        assertEquals(409, clerk.post("/api/documents/outgoing/" + id + "/send", "").status(), "still never sent");
        assertEquals(409, clerk.post("/api/paper-dispatches", dispatch(id, "POSTAL", "\"" + QUAN1 + "\"", "", TODAY)).status());
        assertEquals(0, clerk.get("/api/documents/outgoing/" + id + "/deliveries").<JsonArray>json().size());
        Thread.sleep(500);
        assertFalse(Exchange.inInbox(Api.as("vanthu.quan1", DEMO_PASSWORD), subject));

        var trail = Exchange.audited("outgoing:" + id);
        assertEquals(3, trail.stream().filter("DOCUMENT_REFUSED_CARVE_OUT/REFUSED"::equals).count(), "each of the three attempts: " + trail);
        assertTrue(trail.contains("PAPER_DISPATCH_RECORDED/SUCCESS"), trail.toString());
    }

    @Test
    void aPaperOnlyDocumentIsRefusedBySendAndRecordedOnPaperFromTheNormalSeries() throws Exception {
        Api clerk = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = Exchange.issue(clerk, "Tờ trình bản giấy " + UUID.randomUUID(), "THUONG", true, QUAN1, QUAN3);
        assertEquals("NORMAL", clerk.get("/api/documents/outgoing/" + id).<JsonObject>json().getString("registerSeries"));
        Api.Answer refused = clerk.post("/api/documents/outgoing/" + id + "/send", "");
        assertEquals(409, refused.status());
        assertTrue(refused.<JsonObject>json().getString("detail").contains("bản giấy"), refused.body());
        assertTrue(Exchange.audited("outgoing:" + id).contains("DOCUMENT_REFUSED_CARVE_OUT/REFUSED"));

        Api.Answer recorded = clerk.post("/api/paper-dispatches",
                dispatch(id, "POSTAL", "\"" + QUAN1 + "\",\"" + QUAN3 + "\"", "", null));
        assertEquals(201, recorded.status(), recorded.body());
        assertEquals("PAPER_ONLY", recorded.<JsonObject>json().getString("carveOut"));
        assertEquals(TODAY, recorded.<JsonObject>json().getString("dispatchedOn"), "the date defaults to today");
    }

    @Test
    void badDispatchesAreRefusedAndLeaveTheDocumentAsItWas() throws Exception {
        Api clerk = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long ordinary = Exchange.issue(clerk, "Công văn thường " + UUID.randomUUID(), "THUONG", false, QUAN1);
        Api.Answer notCarved = clerk.post("/api/paper-dispatches", dispatch(ordinary, "POSTAL", "\"" + QUAN1 + "\"", "", TODAY));
        assertEquals(409, notCarved.status());
        assertTrue(notCarved.<JsonObject>json().getString("detail").contains("gửi điện tử"), notCarved.body());

        long secret = Exchange.issue(clerk, "Báo cáo mật " + UUID.randomUUID(), "MAT", false, QUAN1);
        String tomorrow = LocalDate.parse(TODAY).plusDays(1).toString();
        assertEquals(400, clerk.post("/api/paper-dispatches", dispatch(secret, "POSTAL", "\"" + QUAN1 + "\"", "", tomorrow)).status());
        assertEquals(400, clerk.post("/api/paper-dispatches", dispatch(secret, null, "\"" + QUAN1 + "\"", "", TODAY)).status());
        assertEquals(400, clerk.post("/api/paper-dispatches", dispatch(secret, "POSTAL", "", "", TODAY)).status());
        assertEquals(400, clerk.post("/api/paper-dispatches", dispatch(secret, "POSTAL", "\"00.31.H29\"", "", TODAY)).status());
        assertEquals(404, clerk.post("/api/paper-dispatches", dispatch(secret, "POSTAL", "\"000.00.98.Z98\"", "", TODAY)).status());
        assertEquals(400, clerk.post("/api/paper-dispatches", dispatch(secret, "PIGEON", "\"" + QUAN1 + "\"", "", TODAY)).status());

        Api outsider = Api.as("vanthu.stc", DEMO_PASSWORD);
        assertEquals(404, outsider.post("/api/paper-dispatches", dispatch(secret, "POSTAL", "\"" + QUAN1 + "\"", "", TODAY)).status());
        assertEquals(404, outsider.get("/api/paper-dispatches/document/" + secret).status());

        assertEquals("ISSUED", clerk.get("/api/documents/outgoing/" + secret).<JsonObject>json().getString("status"));
        assertEquals(404, clerk.get("/api/paper-dispatches/document/" + secret).status());
    }
}
