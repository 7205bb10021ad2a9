package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.Exchange.QUAN1;
import static vn.lienthong.it.Exchange.SOTTTT;

/**
 * Thu hồi / cập nhật / thay thế for a recipient reached through the national platform: the request leaves as an
 * edXML package in the outbox and waits (13) until the recipient's status message (15/16) is imported, which settles
 * it as a LienThong recipient's answer would.
 */
@ExtendWith(ArquillianExtension.class)
class NationalRecallIT extends LienThongEar {

    /** Văn phòng Chính phủ, on the national platform in the demo directory. */
    static final String VPCP = "000.00.00.G22";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);

    /** A document of Sở TT&TT that left for Văn phòng Chính phủ: its id, number and delivery. */
    private record Exported(long id, String number, long delivery) {
    }

    private Exported exportedToVpcp(String subjectPrefix) throws Exception {
        long id = Exchange.issue(sender, subjectPrefix + " " + UUID.randomUUID(), "THUONG", false, VPCP);
        String number = sender.get("/api/documents/outgoing/" + id).<JsonObject>json().getString("number");
        long delivery = Exchange.send(sender, id, VPCP).get(0);
        for (int i = 0; i < 120; i++) {
            if ("EXPORTED".equals(Exchange.delivery(sender, id, delivery).getString("routing"))) {
                return new Exported(id, number, delivery);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("never exported to the national platform");
    }

    private static String ask(String kind, String reason) {
        return "{\"kind\":\"" + kind + "\",\"reason\":\"" + reason + "\"}";
    }

    private static Path outbox(String name) {
        return Path.of(System.getProperty("jboss.home"), "standalone", "data", "lienthong", "edxml-outbox", name);
    }

    /**
     * The recipient's status message about a document of Sở TT&TT, in the shape of the real one in the shared
     * fixtures (status_processing_05.edxml), with its sender, reference, code, description and timestamp replaced.
     */
    static byte[] statusMessage(String from, String number, String code, String description, String timestamp) {
        String today = LocalDate.now(VIETNAM).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        return new String(ExchangeFixtures.shared("fixtures", "edxml", "status_processing_05.edxml"), StandardCharsets.UTF_8)
                .replace("<edXML:OrganId>000.00.00.G22</edXML:OrganId>", "<edXML:OrganId>" + SOTTTT + "</edXML:OrganId>")
                .replace("<edXML:OrganId>000.00.00.H41</edXML:OrganId>", "<edXML:OrganId>" + from + "</edXML:OrganId>")
                .replace("<edXML:Code>7816/VPCP-TTĐT</edXML:Code>", "<edXML:Code>" + number + "</edXML:Code>")
                .replace("<edXML:PromulgationDate>2015/09/30</edXML:PromulgationDate>",
                        "<edXML:PromulgationDate>" + today + "</edXML:PromulgationDate>")
                .replace("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT", SOTTTT + "," + today + "," + number)
                .replace("<edXML:StatusCode>05</edXML:StatusCode>", "<edXML:StatusCode>" + code + "</edXML:StatusCode>")
                .replace("<edXML:Description>Đang xử lý văn bản đến</edXML:Description>",
                        "<edXML:Description>" + (description == null ? "" : description) + "</edXML:Description>")
                .replace("<edXML:Timestamp>2015/09/20 11:08:36</edXML:Timestamp>",
                        "<edXML:Timestamp>" + timestamp + "</edXML:Timestamp>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String now(int plusSeconds) {
        return LocalDateTime.now(VIETNAM).plusSeconds(plusSeconds).format(DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"));
    }

    private static Api.Answer importStatus(Api clerk, byte[] message) throws Exception {
        return clerk.postBytes("/api/documents/incoming/edxml", message, "application/xml");
    }

    private JsonObject onlyRequest(long delivery) throws Exception {
        JsonArray requests = sender.get("/api/deliveries/" + delivery + "/requests").json();
        return requests.getJsonObject(requests.size() - 1);
    }

    @Test
    void anAgreedRecallThroughThePlatformFreezesTheSendersRecordAndAReplayChangesNothing() throws Exception {
        Exported doc = exportedToVpcp("Công văn gửi Văn phòng Chính phủ cần thu hồi");

        Api.Answer asked = sender.post("/api/deliveries/" + doc.delivery() + "/requests", ask("RECALL", "Ban hành nhầm số liệu"));
        assertEquals(200, asked.status(), asked.body());
        JsonObject request = asked.json();
        assertEquals("13", request.getString("statusCode"));
        assertTrue(request.getBoolean("viaPlatform"));
        String packageName = request.getString("platformMessage");
        assertEquals("delivery-" + doc.delivery() + "-request-" + request.getJsonNumber("id").longValue() + ".edxml", packageName);
        String edxml = Files.readString(outbox(packageName), StandardCharsets.UTF_8);
        assertTrue(edxml.contains("<edXML:BussinessDocType>1</edXML:BussinessDocType>"), edxml);
        assertTrue(edxml.contains("<edXML:BussinessDocReason>Ban hành nhầm số liệu</edXML:BussinessDocReason>"), edxml);
        assertTrue(edxml.contains("<edXML:DocumentId>" + SOTTTT + ","), edxml);
        assertTrue(edxml.contains("<edXML:OrganId>" + VPCP + "</edXML:OrganId>"), edxml);
        assertFalse(edxml.contains("<edXML:Attachment>"), "a recall carries no files");
        assertEquals("13", Exchange.delivery(sender, doc.id(), doc.delivery()).getString("statusCode"));
        assertEquals(409, sender.post("/api/deliveries/" + doc.delivery() + "/requests", ask("RECALL", "Lần nữa")).status(),
                "one open request per recipient, until the platform answers");
        assertEquals("REQUESTED", onlyRequest(doc.delivery()).getString("answer"));

        byte[] agreed = statusMessage(VPCP, doc.number(), "15", "Đồng ý thu hồi", now(0));
        Api.Answer applied = importStatus(sender, agreed);
        assertEquals(200, applied.status(), applied.body());
        assertFalse(applied.<JsonObject>json().getBoolean("replayed"));

        JsonObject atSender = Exchange.delivery(sender, doc.id(), doc.delivery());
        assertEquals("15", atSender.getString("statusCode"));
        List<String> steps = Exchange.steps(atSender);
        assertEquals(List.of("EXPORTED", "RECALL_REQUESTED", "RECALL_AGREED"), steps.subList(steps.size() - 3, steps.size()));
        assertEquals("RECALLED", sender.get("/api/documents/outgoing/" + doc.id()).<JsonObject>json().getString("status"));
        JsonObject answered = onlyRequest(doc.delivery());
        assertEquals("AGREED", answered.getString("answer"));
        assertEquals("Nguyen thi ngoc tram", answered.getString("answeredBy"), "the platform's staff, as its message names them");
        assertEquals("Đồng ý thu hồi", answered.getString("answerNote"));

        Api.Answer replay = importStatus(sender, agreed);
        assertEquals(200, replay.status(), replay.body());
        assertTrue(replay.<JsonObject>json().getBoolean("replayed"));
        assertEquals(steps, Exchange.steps(Exchange.delivery(sender, doc.id(), doc.delivery())), "a replay changes nothing");

        Api.Answer late = importStatus(sender, statusMessage(VPCP, doc.number(), "16", "Từ chối", now(5)));
        assertEquals(409, late.status(), "another answer to a request already answered: " + late.body());
        assertEquals("15", Exchange.delivery(sender, doc.id(), doc.delivery()).getString("statusCode"));

        List<String> trail = Exchange.audited("outgoing:" + doc.id());
        assertTrue(trail.contains("DELIVERY_REQUESTED/SUCCESS") && trail.contains("DOCUMENT_RECALLED/SUCCESS"), trail.toString());
        assertEquals(1, Exchange.audited("delivery:" + doc.delivery()).stream()
                .filter("DELIVERY_REQUEST_AGREED/SUCCESS"::equals).count(), "the replay left no second entry");
    }

    @Test
    void aRefusedUpdateKeepsTheCopyAndAnAgreedReplacementCarriesTheNewDocument() throws Exception {
        Exported doc = exportedToVpcp("Báo cáo gửi Văn phòng Chính phủ cần cập nhật");

        JsonObject update = sender.post("/api/deliveries/" + doc.delivery() + "/requests", ask("UPDATE", "Bổ sung nơi nhận"))
                .json();
        String updateXml = Files.readString(outbox(update.getString("platformMessage")), StandardCharsets.UTF_8);
        assertTrue(updateXml.contains("<edXML:BussinessDocType>2</edXML:BussinessDocType>"), updateXml);
        Api.Answer refused = importStatus(sender, statusMessage(VPCP, doc.number(), "16", "Văn bản đã được xử lý xong", now(0)));
        assertEquals(200, refused.status(), refused.body());
        JsonObject answered = onlyRequest(doc.delivery());
        assertEquals("REFUSED", answered.getString("answer"));
        assertEquals("16", answered.getString("statusCode"));
        assertEquals("Văn bản đã được xử lý xong", answered.getString("answerNote"));
        assertEquals("SENT", sender.get("/api/documents/outgoing/" + doc.id()).<JsonObject>json().getString("status"));

        String replacementSubject = "Báo cáo thay thế " + UUID.randomUUID();
        long replacement = Exchange.issue(sender, replacementSubject, "THUONG", false, VPCP);
        Api.Answer replace = sender.post("/api/deliveries/" + doc.delivery() + "/requests",
                "{\"kind\":\"REPLACE\",\"reason\":\"Thay bằng văn bản mới\",\"replacementId\":" + replacement + "}");
        assertEquals(200, replace.status(), replace.body());
        String replaceXml = Files.readString(outbox(replace.<JsonObject>json().getString("platformMessage")), StandardCharsets.UTF_8);
        assertTrue(replaceXml.contains("<edXML:BussinessDocType>3</edXML:BussinessDocType>"), replaceXml);
        assertTrue(replaceXml.contains("<edXML:Subject>" + replacementSubject + "</edXML:Subject>"), "the package carries the replacement");
        assertTrue(replaceXml.contains("," + doc.number() + "</edXML:DocumentId>"), "its Bussiness names the replaced document");

        assertEquals(200, importStatus(sender, statusMessage(VPCP, doc.number(), "15", null, now(1))).status());
        JsonObject atSender = Exchange.delivery(sender, doc.id(), doc.delivery());
        assertEquals("15", atSender.getString("statusCode"));
        List<String> steps = Exchange.steps(atSender);
        assertEquals(List.of("UPDATE_REQUESTED", "UPDATE_REFUSED", "REPLACE_REQUESTED", "REPLACE_AGREED"),
                steps.subList(steps.size() - 4, steps.size()));
        assertEquals("Đồng ý thay thế", atSender.getString("statusLabel"));
        assertEquals("REPLACED", sender.get("/api/documents/outgoing/" + doc.id()).<JsonObject>json().getString("status"));
    }

    @Test
    void answersToNoRequestFromTheWrongAgencyOrAboutALienThongRecipientAreRefusedClearly() throws Exception {
        Exported doc = exportedToVpcp("Công văn gửi Văn phòng Chính phủ");

        Api.Answer unasked = importStatus(sender, statusMessage(VPCP, doc.number(), "15", null, now(0)));
        assertEquals(404, unasked.status(), unasked.body());
        assertTrue(unasked.<JsonObject>json().getString("detail").contains("chưa từng được gửi"), unasked.body());
        Api.Answer inEnglish = importStatus(Api.as("vanthu.sotttt", DEMO_PASSWORD).inEnglish(),
                statusMessage(VPCP, doc.number(), "16", "No", now(0)));
        assertEquals(404, inEnglish.status());
        assertTrue(inEnglish.<JsonObject>json().getString("detail").contains("never sent"), inEnglish.body());

        assertEquals(200, sender.post("/api/deliveries/" + doc.delivery() + "/requests", ask("RECALL", "Sai nơi nhận")).status());
        Api.Answer wrongAgency = importStatus(sender, statusMessage(QUAN1, doc.number(), "15", null, now(1)));
        assertEquals(403, wrongAgency.status(), wrongAgency.body());
        assertTrue(wrongAgency.<JsonObject>json().getString("detail").contains(QUAN1), wrongAgency.body());
        Api.Answer notMine = importStatus(Api.as("vanthu.stc", DEMO_PASSWORD), statusMessage(VPCP, doc.number(), "15", null, now(1)));
        assertEquals(403, notMine.status(), "another agency's clerk cannot answer for Sở TT&TT's document: " + notMine.body());
        Api.Answer senderCode = importStatus(sender, statusMessage(VPCP, doc.number(), "13", null, now(1)));
        assertEquals(400, senderCode.status(), "13 is the sender's own request, not the recipient's answer: " + senderCode.body());
        assertEquals("13", Exchange.delivery(sender, doc.id(), doc.delivery()).getString("statusCode"), "still waiting");
        assertEquals("REQUESTED", onlyRequest(doc.delivery()).getString("answer"));
        Api.Answer account = Api.as("quantri", DEMO_PASSWORD).post("/api/directory/accounts", """
                {"username":"vanthu.vpcp","password":"Nhap@edXML2026","role":"CLERK","agencyCode":"%s","fullName":"Văn thư VPCP"}"""
                .formatted(VPCP));
        assertTrue(account.status() == 201 || account.status() == 409, account.body());
        long requestId = onlyRequest(doc.delivery()).getJsonNumber("id").longValue();
        assertEquals(404, Api.as("vanthu.vpcp", "Nhap@edXML2026").post("/api/deliveries/requests/" + requestId + "/agree", "{}")
                .status(), "a recipient on the national platform answers by edXML, not in LienThong");

        String subject = "Công văn trong hệ thống " + UUID.randomUUID();
        long inside = Exchange.issue(sender, subject, "THUONG", false, QUAN1);
        long delivery = Exchange.send(sender, inside, QUAN1).get(0);
        Exchange.awaitIncoming(Api.as("vanthu.quan1", DEMO_PASSWORD), subject);
        assertEquals(200, sender.post("/api/deliveries/" + delivery + "/requests", ask("RECALL", "Thu hồi")).status());
        assertFalse(onlyRequest(delivery).getBoolean("viaPlatform"));
        String number = sender.get("/api/documents/outgoing/" + inside).<JsonObject>json().getString("number");
        Api.Answer forged = importStatus(sender, statusMessage(QUAN1, number, "15", null, now(2)));
        assertEquals(403, forged.status(), "a LienThong recipient answers in the system: " + forged.body());
        assertEquals("13", Exchange.delivery(sender, inside, delivery).getString("statusCode"));
    }
}
