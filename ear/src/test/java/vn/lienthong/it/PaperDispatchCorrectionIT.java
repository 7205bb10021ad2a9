package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.Exchange.QUAN1;
import static vn.lienthong.it.Exchange.QUAN3;
import static vn.lienthong.it.Exchange.SOTTTT;

/**
 * Đính chính: a clerk of the dispatching agency corrects a recorded paper dispatch with a reason; the number and
 * series stay, each correction is audited and kept, and the register shows the corrected values.
 */
@ExtendWith(ArquillianExtension.class)
class PaperDispatchCorrectionIT extends LienThongEar {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Api clerk = Api.as("vanthu.sotttt", DEMO_PASSWORD);

    /** A classified document of Sở TT&TT, numbered and dispatched on paper by post to Quận 1: the dispatch. */
    private JsonObject dispatched(String subject) throws Exception {
        long id = Exchange.issue(clerk, subject, "MAT", false, QUAN1);
        Api.Answer recorded = clerk.post("/api/paper-dispatches", """
                {"documentId":%d,"dispatchedOn":"%s","carriage":"POSTAL","agencies":["%s"],"copies":1,"note":"Gửi bưu điện"}"""
                .formatted(id, TODAY, QUAN1));
        assertEquals(201, recorded.status(), recorded.body());
        return recorded.json();
    }

    private Api.Answer correct(Api who, long dispatchId, String json) throws Exception {
        return who.post("/api/paper-dispatches/" + dispatchId + "/corrections", json);
    }

    private static List<String> registerRow(Api clerk, String subject) throws Exception {
        JsonObject sheet = clerk.get("/api/registers/outgoing?series=SECRET&year=" + TODAY.getYear()).json();
        return sheet.getJsonArray("rows").stream()
                .map(r -> r.asJsonArray().stream().map(c -> ((JsonString) c).getString()).toList())
                .filter(cells -> cells.stream().anyMatch(c -> c.contains(subject))).findFirst()
                .orElseThrow(() -> new AssertionError(subject + " is not in the secret register"));
    }

    @Test
    void aCorrectionChangesTheDispatchNotItsNumberIsAuditedKeptAndShownInTheRegister() throws Exception {
        String subject = "Kế hoạch mật chuyển bản giấy " + UUID.randomUUID();
        JsonObject before = dispatched(subject);
        long dispatchId = before.getJsonNumber("id").longValue();
        long documentId = before.getJsonNumber("documentId").longValue();
        assertEquals(0, before.getInt("correctionCount"));
        assertFalse(registerRow(clerk, subject).get(4).contains("Bộ Công an"));

        Api.Answer corrected = correct(clerk, dispatchId, """
                {"carriage":"LIAISON","copies":3,"agencies":["%s","%s"],"externalRecipients":["Bộ Công an"],
                 "note":"Giao liên mang đi","reason":"Ghi nhầm hình thức chuyển và thiếu nơi nhận"}""".formatted(QUAN1, QUAN3));
        assertEquals(201, corrected.status(), corrected.body());
        JsonObject after = corrected.json();
        assertEquals(before.getString("number"), after.getString("number"), "the number never changes");
        assertEquals("CLASSIFIED", after.getString("carveOut"));
        assertEquals("LIAISON", after.getString("carriage"));
        assertEquals(3, after.getInt("copies"));
        assertEquals(3, after.getJsonArray("recipients").size());
        assertEquals("Giao liên mang đi", after.getString("note"));
        assertEquals(TODAY.toString(), after.getString("dispatchedOn"), "a field left out stays as it was");
        assertEquals(1, after.getInt("correctionCount"));
        JsonObject correction = after.getJsonArray("corrections").getJsonObject(0);
        assertEquals("vanthu.sotttt", correction.getString("correctedBy"));
        assertEquals("Ghi nhầm hình thức chuyển và thiếu nơi nhận", correction.getString("reason"));
        JsonArray changes = correction.getJsonArray("changes");
        assertEquals(List.of("CARRIAGE", "COPIES", "RECIPIENTS", "NOTE"),
                changes.stream().map(c -> c.asJsonObject().getString("field")).toList());
        assertEquals("POSTAL", changes.getJsonObject(0).getString("before"));
        assertEquals(QUAN1 + "; " + QUAN3 + "; Bộ Công an", changes.getJsonObject(2).getString("after"));

        JsonObject read = clerk.get("/api/paper-dispatches/document/" + documentId).json();
        assertEquals(1, read.getJsonArray("corrections").size());
        assertEquals(1, clerk.get("/api/paper-dispatches/" + dispatchId + "/corrections").<JsonArray>json().size());

        List<String> row = registerRow(clerk, subject);
        assertEquals(before.getString("number"), row.get(0));
        assertTrue(row.get(4).contains("Bộ Công an"), row.toString());
        assertEquals("3", row.get(6));
        assertTrue(row.get(9).contains("Giao liên") && row.get(9).contains("Đã đính chính 1 lần"), row.toString());

        assertEquals(201, correct(clerk, dispatchId, "{\"note\":\"\",\"reason\":\"Bỏ ghi chú\"}").status());
        JsonObject twice = clerk.get("/api/paper-dispatches/" + dispatchId).json();
        assertEquals(2, twice.getJsonArray("corrections").size());
        assertTrue(!twice.containsKey("note") || twice.isNull("note"), "the note was removed: " + twice);

        List<String> trail = Exchange.audited("outgoing:" + documentId);
        assertEquals(2, trail.stream().filter("PAPER_DISPATCH_CORRECTED/SUCCESS"::equals).count(), trail.toString());
    }

    @Test
    void badCorrectionsAreRefusedWithAReasonAndLeaveTheDispatchAsItWas() throws Exception {
        JsonObject dispatch = dispatched("Báo cáo mật " + UUID.randomUUID());
        long id = dispatch.getJsonNumber("id").longValue();

        Api.Answer noReason = correct(clerk, id, "{\"carriage\":\"LIAISON\"}");
        assertEquals(400, noReason.status(), noReason.body());
        Api.Answer blankReason = correct(clerk, id, "{\"carriage\":\"LIAISON\",\"reason\":\"   \"}");
        assertEquals(400, blankReason.status(), blankReason.body());
        Api.Answer longReason = correct(clerk, id, "{\"carriage\":\"LIAISON\",\"reason\":\"" + "x".repeat(1001) + "\"}");
        assertEquals(400, longReason.status());
        assertTrue(longReason.<JsonObject>json().getString("detail").startsWith("Lý do đính chính dài quá"), longReason.body());

        Api.Answer future = correct(clerk, id, "{\"dispatchedOn\":\"" + TODAY.plusDays(1) + "\",\"reason\":\"Sửa ngày\"}");
        assertEquals(400, future.status());
        assertTrue(future.<JsonObject>json().getString("detail").contains("chưa đến"), future.body());
        Api.Answer beforeIssue = correct(clerk, id, "{\"dispatchedOn\":\"" + TODAY.minusDays(1) + "\",\"reason\":\"Sửa ngày\"}");
        assertEquals(400, beforeIssue.status());
        assertTrue(beforeIssue.<JsonObject>json().getString("detail").contains("trước ngày cấp số"), beforeIssue.body());
        Api.Answer english = correct(Api.as("vanthu.sotttt", DEMO_PASSWORD).inEnglish(), id,
                "{\"carriage\":\"POSTAL\",\"note\":\"Gửi bưu điện\",\"reason\":\"Kiểm tra\"}");
        assertEquals(400, english.status(), "nothing to correct: " + english.body());
        assertTrue(english.<JsonObject>json().getString("detail").contains("nothing to correct"), english.body());

        assertEquals(400, correct(clerk, id, "{\"carriage\":\"PIGEON\",\"reason\":\"Sửa\"}").status());
        assertEquals(400, correct(clerk, id, "{\"copies\":0,\"reason\":\"Sửa số bản\"}").status());
        assertEquals(400, correct(clerk, id, "{\"note\":\"" + "x".repeat(1001) + "\",\"reason\":\"Sửa\"}").status());
        assertEquals(400, correct(clerk, id, "{\"agencies\":[],\"externalRecipients\":[],\"reason\":\"Sửa\"}").status());
        assertEquals(400, correct(clerk, id, "{\"agencies\":[\"00.31.H29\"],\"reason\":\"Sửa\"}").status());
        assertEquals(400, correct(clerk, id, "{\"agencies\":[\"" + QUAN1 + "\",\"" + QUAN1 + "\"],\"reason\":\"Sửa\"}").status());
        assertEquals(400, correct(clerk, id, "{\"agencies\":[\"" + SOTTTT + "\"],\"reason\":\"Sửa\"}").status());
        assertEquals(400, correct(clerk, id, "{\"externalRecipients\":[\" \"],\"reason\":\"Sửa\"}").status());
        assertEquals(404, correct(clerk, id, "{\"agencies\":[\"000.00.98.Z98\"],\"reason\":\"Sửa\"}").status());
        assertEquals(400, correct(clerk, id, "not json").status());

        Api outsider = Api.as("vanthu.stc", DEMO_PASSWORD);
        Api.Answer foreign = correct(outsider, id, "{\"carriage\":\"LIAISON\",\"reason\":\"Không phải của tôi\"}");
        assertEquals(404, foreign.status(), foreign.body());
        assertEquals(404, outsider.get("/api/paper-dispatches/" + id).status());
        assertEquals(404, outsider.get("/api/paper-dispatches/" + id + "/corrections").status());
        assertEquals(404, correct(clerk, 987_654_321L, "{\"carriage\":\"LIAISON\",\"reason\":\"Sửa\"}").status());

        JsonObject unchanged = clerk.get("/api/paper-dispatches/" + id).json();
        assertEquals(0, unchanged.getInt("correctionCount"));
        assertEquals(0, unchanged.getJsonArray("corrections").size());
        assertEquals("POSTAL", unchanged.getString("carriage"));
        assertEquals(1, unchanged.getJsonArray("recipients").size());
        assertEquals("Gửi bưu điện", unchanged.getString("note"));
    }

    @Test
    void theApiDescriptionNamesCorrectionsAndPlatformRequests() throws Exception {
        String openapi = Api.anonymous().get("/api/openapi").body();
        assertTrue(openapi.contains("/paper-dispatches/{id}/corrections"), "the corrections path");
        assertTrue(openapi.contains("correctionCount") && openapi.contains("fieldLabel"), "the dispatch view's history");
        assertTrue(openapi.contains("platformMessage") && openapi.contains("viaPlatform"), "the request view's outbox package");
    }
}
