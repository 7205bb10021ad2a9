package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.Exchange.QUAN1;
import static vn.lienthong.it.Exchange.QUAN3;

/** Thu hồi / cập nhật / thay thế: the sender asks per recipient (13), the recipient agrees (15) or refuses (16). */
@ExtendWith(ArquillianExtension.class)
class RecallIT extends LienThongEar {

    private final Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
    private final Api quan1 = Api.as("vanthu.quan1", DEMO_PASSWORD);
    private final Api quan3 = Api.as("vanthu.quan3", DEMO_PASSWORD);

    private static String ask(String kind, String reason) {
        return "{\"kind\":\"" + kind + "\",\"reason\":\"" + reason + "\"}";
    }

    /** A document of Sở TT&TT that has arrived at Quận 1: its id, its delivery and Quận 1's incoming copy. */
    private record AtQuan1(String subject, long id, long delivery, long incoming) {
    }

    private AtQuan1 sentToQuan1(String subjectPrefix) throws Exception {
        String subject = subjectPrefix + " " + UUID.randomUUID();
        long id = Exchange.issue(sender, subject, "THUONG", false, QUAN1);
        long delivery = Exchange.send(sender, id, QUAN1).get(0);
        return new AtQuan1(subject, id, delivery, Exchange.awaitIncoming(quan1, subject));
    }

    /** The pending request addressed to the clerk's agency about this incoming document. */
    private static JsonObject pendingFor(Api clerk, long incomingId) throws Exception {
        return clerk.get("/api/deliveries/requests/pending").<JsonArray>json().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("incomingId").longValue() == incomingId).findFirst()
                .orElseThrow(() -> new AssertionError("no pending request for incoming " + incomingId));
    }

    @Test
    void anAgreedRecallRemovesTheRecipientsCopyAndFreezesTheSendersRecord() throws Exception {
        String subject = "Thông báo cần thu hồi " + UUID.randomUUID();
        long id = Exchange.issue(sender, subject, "THUONG", false, QUAN1, QUAN3);
        List<Long> deliveries = Exchange.send(sender, id, QUAN1, QUAN3);
        long atQuan1 = Exchange.awaitIncoming(quan1, subject);
        Exchange.awaitIncoming(quan3, subject);
        assertEquals(200, quan1.post("/api/documents/incoming/" + atQuan1 + "/accept", "").status());

        Api.Answer asked = sender.post("/api/deliveries/" + deliveries.get(0) + "/requests", ask("RECALL", "Ban hành nhầm số liệu"));
        assertEquals(200, asked.status(), asked.body());
        assertEquals("13", asked.<JsonObject>json().getString("statusCode"));
        assertEquals(1, asked.<JsonObject>json().getInt("businessType"));
        assertEquals("13", Exchange.delivery(sender, id, deliveries.get(0)).getString("statusCode"));
        assertEquals(409, sender.post("/api/deliveries/" + deliveries.get(0) + "/requests", ask("RECALL", "Lần nữa")).status(),
                "one open request per recipient");

        JsonObject request = pendingFor(quan1, atQuan1);
        assertEquals("Ban hành nhầm số liệu", request.getString("reason"));
        long requestId = request.getJsonNumber("id").longValue();
        Api.Answer agreed = quan1.post("/api/deliveries/requests/" + requestId + "/agree", "{}");
        assertEquals(200, agreed.status(), agreed.body());
        assertEquals("15", agreed.<JsonObject>json().getString("statusCode"));
        assertEquals(409, quan1.post("/api/deliveries/requests/" + requestId + "/refuse", "{\"note\":\"muộn\"}").status());

        assertFalse(Exchange.inInbox(quan1, subject), "the recalled copy left the inbox");
        assertEquals(404, quan1.get("/api/documents/incoming/" + atQuan1).status());
        assertEquals(404, quan1.post("/api/documents/incoming/" + atQuan1 + "/assign", "{\"username\":\"vanthu.quan1\"}").status());
        assertTrue(Exchange.inInbox(quan3, subject), "the other recipient keeps its copy");

        JsonObject atSender = Exchange.delivery(sender, id, deliveries.get(0));
        assertEquals("15", atSender.getString("statusCode"));
        assertEquals(List.of("QUEUED", "ARRIVED", "ACCEPTED", "RECALL_REQUESTED", "RECALL_AGREED"), Exchange.steps(atSender));
        assertEquals("RECALLED", sender.get("/api/documents/outgoing/" + id).<JsonObject>json().getString("status"));
        Api.Answer frozen = sender.post("/api/deliveries/" + deliveries.get(1) + "/requests", ask("UPDATE", "Sửa trích yếu"));
        assertEquals(409, frozen.status());
        assertTrue(frozen.<JsonObject>json().getString("detail").contains("thu hồi"), frozen.body());
        assertEquals(200, sender.post("/api/deliveries/" + deliveries.get(1) + "/requests", ask("RECALL", "Thu hồi cả bản này")).status(),
                "a frozen document can still be recalled from its other recipients");

        List<String> trail = Exchange.audited("outgoing:" + id);
        assertTrue(trail.contains("DELIVERY_REQUESTED/SUCCESS") && trail.contains("DOCUMENT_RECALLED/SUCCESS"), trail.toString());
        assertTrue(Exchange.audited("incoming:" + atQuan1).contains("DELIVERY_REQUEST_AGREED/SUCCESS"));
    }

    @Test
    void aRefusedRecallSaysWhyAndTheRecipientGoesOnFromWhereItWas() throws Exception {
        AtQuan1 sent = sentToQuan1("Kế hoạch đã triển khai");
        assertEquals(400, sender.post("/api/deliveries/" + sent.delivery() + "/requests", ask("RECALL", " ")).status());
        assertEquals(200, sender.post("/api/deliveries/" + sent.delivery() + "/requests", ask("RECALL", "Đề nghị thu hồi")).status());

        long requestId = pendingFor(quan1, sent.incoming()).getJsonNumber("id").longValue();
        assertEquals(400, quan1.post("/api/deliveries/requests/" + requestId + "/refuse", "{}").status(), "a refusal needs a reason");
        Api.Answer refused = quan1.post("/api/deliveries/requests/" + requestId + "/refuse",
                "{\"note\":\"Đơn vị đã triển khai thực hiện\"}");
        assertEquals(200, refused.status(), refused.body());
        assertEquals("16", refused.<JsonObject>json().getString("statusCode"));

        assertTrue(Exchange.inInbox(quan1, sent.subject()));
        assertEquals("03", quan1.post("/api/documents/incoming/" + sent.incoming() + "/accept", "").<JsonObject>json().getString("statusCode"));
        JsonObject atSender = Exchange.delivery(sender, sent.id(), sent.delivery());
        assertEquals(List.of("QUEUED", "ARRIVED", "RECALL_REQUESTED", "RECALL_REFUSED", "ACCEPTED"), Exchange.steps(atSender));
        assertEquals("Đơn vị đã triển khai thực hiện", atSender.getJsonArray("history").getJsonObject(3).getString("note"));
        assertEquals("SENT", sender.get("/api/documents/outgoing/" + sent.id()).<JsonObject>json().getString("status"));
        assertTrue(Exchange.audited("incoming:" + sent.incoming()).contains("DELIVERY_REQUEST_REFUSED/SUCCESS"));
    }

    @Test
    void onlyTheSenderAsksAndOnlyTheRecipientAnswers() throws Exception {
        AtQuan1 sent = sentToQuan1("Công văn liên thông");

        Api outsider = Api.as("vanthu.stc", DEMO_PASSWORD);
        assertEquals(404, outsider.post("/api/deliveries/" + sent.delivery() + "/requests", ask("RECALL", "Không phải của tôi")).status());
        assertEquals(404, quan1.post("/api/deliveries/" + sent.delivery() + "/requests", ask("RECALL", "Người nhận không thu hồi")).status());
        assertEquals(404, outsider.get("/api/deliveries/" + sent.delivery() + "/requests").status());

        long requestId = sender.post("/api/deliveries/" + sent.delivery() + "/requests", ask("RECALL", "Thu hồi"))
                .<JsonObject>json().getJsonNumber("id").longValue();
        assertEquals(404, quan3.post("/api/deliveries/requests/" + requestId + "/agree", "{}").status());
        assertEquals(404, sender.post("/api/deliveries/requests/" + requestId + "/agree", "{}").status(), "the sender cannot agree for the recipient");
        assertTrue(quan3.get("/api/deliveries/requests/pending").<JsonArray>json().stream()
                .noneMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == requestId));
        assertEquals(1, quan1.get("/api/deliveries/" + sent.delivery() + "/requests").<JsonArray>json().size(), "the recipient reads it too");
        assertEquals("13", pendingFor(quan1, sent.incoming()).getString("statusCode"), "still pending");
    }

    @Test
    void anUpdateKeepsTheCopyAndAReplacementLinksTheNewDocumentAndRemovesTheOld() throws Exception {
        AtQuan1 sent = sentToQuan1("Báo cáo cần thay thế");

        sender.post("/api/deliveries/" + sent.delivery() + "/requests", ask("UPDATE", "Bổ sung nơi nhận"));
        long update = pendingFor(quan1, sent.incoming()).getJsonNumber("id").longValue();
        assertEquals("15", quan1.post("/api/deliveries/requests/" + update + "/agree", "{\"note\":\"Đã cập nhật\"}")
                .<JsonObject>json().getString("statusCode"));
        assertTrue(Exchange.inInbox(quan1, sent.subject()), "an update keeps the copy");
        assertEquals("01", Exchange.delivery(sender, sent.id(), sent.delivery()).getString("statusCode"));

        assertEquals(400, sender.post("/api/deliveries/" + sent.delivery() + "/requests", ask("REPLACE", "Thay bằng văn bản mới")).status(),
                "a replacement names the replacing document");
        long replacement = Exchange.issue(sender, "Báo cáo thay thế " + UUID.randomUUID(), "THUONG", false, QUAN1);
        Api.Answer replace = sender.post("/api/deliveries/" + sent.delivery() + "/requests",
                "{\"kind\":\"REPLACE\",\"reason\":\"Thay bằng văn bản mới\",\"replacementId\":" + replacement + "}");
        assertEquals(200, replace.status(), replace.body());
        assertEquals(replacement, replace.<JsonObject>json().getJsonNumber("replacementId").longValue());
        assertEquals(3, replace.<JsonObject>json().getInt("businessType"));
        long replaceId = pendingFor(quan1, sent.incoming()).getJsonNumber("id").longValue();
        // 13 is shared by recall and replacement: what the clerks read names the replacement, never a recall.
        JsonObject asked = Exchange.delivery(sender, sent.id(), sent.delivery());
        assertEquals("13", asked.getString("statusCode"));
        assertEquals("Yêu cầu thay thế", asked.getString("statusLabel"));
        assertEquals("Yêu cầu thay thế", quan1.get("/api/documents/incoming/" + sent.incoming()).<JsonObject>json().getString("statusLabel"));
        String senderPage = Api.browserSession("vanthu.sotttt", DEMO_PASSWORD)
                .get("/clerk/outgoing-document.xhtml?id=" + sent.id()).body();
        assertTrue(senderPage.contains("13 Yêu cầu thay thế") && !senderPage.contains("Yêu cầu thu hồi"), senderPage);
        String inbox = Api.browserSession("vanthu.quan1", DEMO_PASSWORD).get("/clerk/inbox.xhtml").body();
        assertTrue(inbox.contains("13 Yêu cầu thay thế"), inbox);
        assertEquals(1, inbox.split(java.util.regex.Pattern.quote(sent.subject()), -1).length - 1, "the inbox row names the subject once");
        assertEquals(200, quan1.post("/api/deliveries/requests/" + replaceId + "/agree", "{}").status());
        assertEquals("Đồng ý thay thế", Exchange.delivery(sender, sent.id(), sent.delivery()).getString("statusLabel"));
        assertEquals("REPLACED", sender.get("/api/documents/outgoing/" + sent.id()).<JsonObject>json().getString("status"),
                "the sender's record is frozen as replaced, not recalled");
        Api.Answer frozen = sender.post("/api/deliveries/" + sent.delivery() + "/requests", ask("UPDATE", "Sửa trích yếu"));
        assertEquals(409, frozen.status());
        assertTrue(frozen.<JsonObject>json().getString("detail").contains("đã được thay thế"), frozen.body());
        assertFalse(Exchange.inInbox(quan1, sent.subject()), "the replaced copy left the inbox");
        assertEquals(List.of("QUEUED", "ARRIVED", "UPDATE_REQUESTED", "UPDATE_AGREED", "REPLACE_REQUESTED", "REPLACE_AGREED"),
                Exchange.steps(Exchange.delivery(sender, sent.id(), sent.delivery())));
    }
}
