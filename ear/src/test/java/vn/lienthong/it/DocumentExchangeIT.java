package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.ExchangeFixtures.QUAN1;
import static vn.lienthong.it.ExchangeFixtures.QUAN3;
import static vn.lienthong.it.ExchangeFixtures.awaitInInbox;
import static vn.lienthong.it.ExchangeFixtures.draft;
import static vn.lienthong.it.ExchangeFixtures.issued;

/** A document goes from one agency to two others; one accepts, one returns; the sender sees both. */
@ExtendWith(ArquillianExtension.class)
class DocumentExchangeIT extends LienThongEar {

    /** Drafts, issues and sends an ordinary document of Sở TT&TT to one agency; returns its id. */
    private static long sentTo(String recipient, String subject) throws Exception {
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = issued(sender, draft(subject, "THUONG", false, recipient));
        assertEquals(200, sender.post("/api/documents/outgoing/" + id + "/send", "").status());
        return id;
    }

    @Test
    void oneAcceptsOneReturnsAndTheSenderSeesBoth() throws Exception {
        String subject = "Báo cáo chuyển đổi số " + UUID.randomUUID();
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = issued(sender, draft(subject, "THUONG", false, QUAN1, QUAN3)
                .replace("\"priority\":0", "\"priority\":1,\"dueDate\":\"2026-12-15\""));
        JsonArray queued = sender.post("/api/documents/outgoing/" + id + "/send", "").json();
        assertEquals(2, queued.size());

        Api quan1 = Api.as("vanthu.quan1", DEMO_PASSWORD);
        Api quan3 = Api.as("vanthu.quan3", DEMO_PASSWORD);
        JsonObject atQuan1 = awaitInInbox(quan1, subject);
        JsonObject atQuan3 = awaitInInbox(quan3, subject);
        assertEquals("01", atQuan1.getString("statusCode"));
        assertEquals("000.00.11.H29", atQuan1.getString("sender"));
        // What the sender asked of the recipient arrives with the document: its urgency and its due date.
        assertEquals(1, atQuan1.getInt("priority"));
        assertEquals("Khẩn", atQuan1.getString("priorityLabel"));
        assertEquals("2026-12-15", atQuan1.getString("dueDate"));
        String page = Api.browserSession("vanthu.quan1", DEMO_PASSWORD)
                .get("/clerk/incoming-document.xhtml?id=" + atQuan1.getJsonNumber("id").longValue()).body();
        assertTrue(page.contains("Khẩn") && page.contains("15/12/2026"), page);
        // The inbox list shows them on the document's own row, so an urgent document stands out before it is opened.
        String inbox = Api.browserSession("vanthu.quan1", DEMO_PASSWORD).get("/clerk/inbox.xhtml").body();
        int row = inbox.indexOf(subject);
        assertTrue(row > 0, inbox);
        String ownRow = inbox.substring(row, Math.min(inbox.length(), row + 1500));
        ownRow = ownRow.substring(0, ownRow.contains("</tr>") ? ownRow.indexOf("</tr>") : ownRow.length());
        assertTrue(ownRow.contains("Khẩn") && ownRow.contains("Hạn xử lý") && ownRow.contains("15/12/2026"), ownRow);

        long incoming1 = atQuan1.getJsonNumber("id").longValue();
        JsonObject accepted = quan1.post("/api/documents/incoming/" + incoming1 + "/accept", "").json();
        assertEquals("03", accepted.getString("statusCode"));
        assertTrue(accepted.getInt("arrivalNumber") > 0);
        assertEquals(409, quan1.post("/api/documents/incoming/" + incoming1 + "/accept", "").status(), "a second accept");

        long incoming3 = atQuan3.getJsonNumber("id").longValue();
        assertEquals(400, quan3.post("/api/documents/incoming/" + incoming3 + "/return", "{\"reason\":\" \"}").status());
        JsonObject returned = quan3.post("/api/documents/incoming/" + incoming3 + "/return",
                "{\"reason\":\"Gửi nhầm nơi nhận\"}").json();
        assertEquals("02", returned.getString("statusCode"));

        Map<String, JsonObject> byRecipient = sender.get("/api/documents/outgoing/" + id + "/deliveries").<JsonArray>json()
                .stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(d -> d.getString("recipient"), d -> d));
        assertEquals("03", byRecipient.get(QUAN1).getString("statusCode"));
        assertEquals("02", byRecipient.get(QUAN3).getString("statusCode"));
        JsonArray history = byRecipient.get(QUAN3).getJsonArray("history");
        assertEquals("QUEUED", history.getJsonObject(0).getString("status"));
        assertEquals("ARRIVED", history.getJsonObject(1).getString("status"));
        assertEquals("RETURNED", history.getJsonObject(2).getString("status"));
        assertEquals("Gửi nhầm nơi nhận", history.getJsonObject(2).getString("note"));

        // The leader it is assigned to reads the urgency and the due date too.
        assertEquals(200, quan1.post("/api/documents/incoming/" + incoming1 + "/assign", "{\"username\":\"lanhdao.quan1\"}").status());
        String leaderPage = Api.browserSession("lanhdao.quan1", DEMO_PASSWORD).get("/leader/document.xhtml?id=" + incoming1).body();
        assertTrue(leaderPage.contains("04 Đã phân công") && leaderPage.contains("Khẩn") && leaderPage.contains("15/12/2026"), leaderPage);
    }

    @Test
    void theInboxByStatusListsWhatIsStillToAcceptAndOnlyThat() throws Exception {
        String subject = "Giấy mời họp " + UUID.randomUUID();
        sentTo(QUAN1, subject);
        Api quan1 = Api.as("vanthu.quan1", DEMO_PASSWORD);
        JsonObject arrived = awaitInInbox(quan1, subject);
        assertEquals("Dương Thu Trang", arrived.getString("signerName"), "the page carries its sender's metadata");
        long incoming = arrived.getJsonNumber("id").longValue();
        assertEquals(1, subjects(quan1, "?status=01&max=200").stream().filter(subject::equals).count());
        assertEquals(0, subjects(quan1, "?status=ACCEPTED&max=200").stream().filter(subject::equals).count());

        assertEquals(200, quan1.post("/api/documents/incoming/" + incoming + "/accept", "").status());
        assertFalse(subjects(quan1, "?status=01&max=200").contains(subject), "an accepted document is no longer waiting");
        assertTrue(subjects(quan1, "?status=accepted&max=200").contains(subject));
        assertTrue(subjects(quan1, "?max=200").contains(subject), "the whole inbox still lists it");
        assertFalse(subjects(Api.as("vanthu.quan3", DEMO_PASSWORD), "?status=03&max=200").contains(subject),
                "another agency's inbox never does");

        Api.Answer unknown = quan1.get("/api/documents/incoming?status=99");
        assertEquals(400, unknown.status(), unknown.body());
    }

    private static java.util.List<String> subjects(Api clerk, String query) throws Exception {
        return clerk.get("/api/documents/incoming" + query).<JsonArray>json().stream()
                .map(v -> v.asJsonObject().getString("subject")).toList();
    }

    @Test
    void aReplayedSendMakesNoSecondIncomingDocument() throws Exception {
        String subject = "Công văn gửi lại " + UUID.randomUUID();
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = issued(sender, draft(subject, "THUONG", false, QUAN1));
        assertEquals(200, sender.post("/api/documents/outgoing/" + id + "/send", "").status());
        assertEquals(409, sender.post("/api/documents/outgoing/" + id + "/send", "").status());
        Api quan1 = Api.as("vanthu.quan1", DEMO_PASSWORD);
        awaitInInbox(quan1, subject);
        long deliveryId = sender.get("/api/documents/outgoing/" + id + "/deliveries").<JsonArray>json()
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(409, sender.post("/api/documents/outgoing/deliveries/" + deliveryId + "/resend", "").status(),
                "a delivered delivery cannot be sent again");
        Thread.sleep(1000);
        long copies = quan1.get("/api/documents/incoming?max=200").<JsonArray>json().stream()
                .filter(v -> subject.equals(v.asJsonObject().getString("subject"))).count();
        assertEquals(1, copies);
    }

    @Test
    void anotherAgencyNeverSeesTheDocument() throws Exception {
        String subject = "Tài liệu nội bộ " + UUID.randomUUID();
        long id = sentTo(QUAN1, subject);
        long incoming = awaitInInbox(Api.as("vanthu.quan1", DEMO_PASSWORD), subject).getJsonNumber("id").longValue();

        Api outsider = Api.as("vanthu.stc", DEMO_PASSWORD);
        assertEquals(404, outsider.get("/api/documents/outgoing/" + id).status());
        assertEquals(404, outsider.get("/api/documents/outgoing/" + id + "/deliveries").status());
        assertEquals(404, outsider.get("/api/documents/incoming/" + incoming).status());
        assertEquals(404, outsider.post("/api/documents/incoming/" + incoming + "/accept", "").status());
        assertTrue(outsider.get("/api/documents/incoming?max=200").<JsonArray>json().stream()
                .noneMatch(v -> subject.equals(v.asJsonObject().getString("subject"))));
    }

    @Test
    void carvedOutDocumentsAreRefusedAndTheAttemptIsAudited() throws Exception {
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long secret = issued(sender, draft("Kế hoạch bảo vệ " + UUID.randomUUID(), "TUYET_MAT", false, QUAN1));
        Api.Answer refused = sender.post("/api/documents/outgoing/" + secret + "/send", "");
        assertEquals(409, refused.status());
        assertTrue(refused.<JsonObject>json().getString("detail").startsWith("Văn bản mật"), refused.body());
        assertEquals(0, sender.get("/api/documents/outgoing/" + secret + "/deliveries").<JsonArray>json().size());

        JsonArray trail = Api.as("quantri", DEMO_PASSWORD).get("/api/audit?subject=outgoing:" + secret).json();
        assertTrue(trail.stream().anyMatch(v -> "DOCUMENT_REFUSED_CARVE_OUT".equals(v.asJsonObject().getString("action"))
                && "REFUSED".equals(v.asJsonObject().getString("outcome"))), trail.toString());

        long paper = issued(sender, draft("Tờ trình bản giấy " + UUID.randomUUID(), "THUONG", true, QUAN1));
        Api.Answer paperRefused = sender.post("/api/documents/outgoing/" + paper + "/send", "");
        assertEquals(409, paperRefused.status());
        assertTrue(paperRefused.<JsonObject>json().getString("detail").contains("bản giấy"));
    }

    @Test
    void theNationalPlatformGetsAnEdxmlPackageInTheOutbox() throws Exception {
        String subject = "Báo cáo gửi Văn phòng Chính phủ " + UUID.randomUUID();
        Api sender = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        long id = issued(sender, draft(subject, "THUONG", false, "000.00.00.G22"));
        long deliveryId = sender.post("/api/documents/outgoing/" + id + "/send", "").<JsonArray>json()
                .getJsonObject(0).getJsonNumber("id").longValue();
        Path outbox = Path.of(System.getProperty("jboss.home"), "standalone", "data", "lienthong", "edxml-outbox",
                "delivery-" + deliveryId + ".edxml");
        String routing = "QUEUED";
        for (int i = 0; i < 120 && !"EXPORTED".equals(routing); i++) {
            Thread.sleep(250);
            routing = sender.get("/api/documents/outgoing/" + id + "/deliveries").<JsonArray>json()
                    .getJsonObject(0).getString("routing");
        }
        assertEquals("EXPORTED", routing);
        String edxml = Files.readString(outbox, StandardCharsets.UTF_8);
        assertTrue(edxml.contains("<edXML:Subject>" + subject + "</edXML:Subject>"), edxml);
        assertTrue(edxml.contains("<edXML:OrganId>000.00.00.G22</edXML:OrganId>"));
    }
}
