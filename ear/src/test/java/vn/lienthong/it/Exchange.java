package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Steps of the exchange that the carve-out, recall and register tests share: draft, issue, send, wait. */
final class Exchange {

    static final String SOTTTT = "000.00.11.H29";
    static final String QUAN1 = "000.00.31.H29";
    static final String QUAN3 = "000.00.33.H29";

    private Exchange() {
    }

    /** Drafts and numbers a document of Sở TT&TT; returns its id. */
    static long issue(Api clerk, String subject, String secrecy, boolean paperOnly, String... recipients)
            throws Exception {
        String body = """
                {"documentType":"PLAN","subject":"%s","notation":"STTTT-VP","signerPosition":"Giám đốc",
                 "signerName":"Dương Thu Trang","place":"TP. Hồ Chí Minh","priority":0,"secrecy":"%s","paperOnly":%s,
                 "recipients":[%s]}""".formatted(subject, secrecy, paperOnly,
                Arrays.stream(recipients).map(r -> "\"" + r + "\"").collect(Collectors.joining(",")));
        Api.Answer drafted = clerk.post("/api/documents/outgoing", body);
        assertEquals(201, drafted.status(), drafted.body());
        long id = drafted.<JsonObject>json().getJsonNumber("id").longValue();
        Api.Answer issued = clerk.post("/api/documents/outgoing/" + id + "/issue", "");
        assertEquals(200, issued.status(), issued.body());
        return id;
    }

    /** Sends an issued document and returns its deliveries' ids, in the order of {@code recipients}. */
    static List<Long> send(Api clerk, long id, String... recipients) throws Exception {
        Api.Answer sent = clerk.post("/api/documents/outgoing/" + id + "/send", "");
        assertEquals(200, sent.status(), sent.body());
        JsonArray deliveries = sent.json();
        return Arrays.stream(recipients).map(r -> deliveries.stream().map(JsonValue::asJsonObject)
                .filter(d -> r.equals(d.getString("recipient"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue()).toList();
    }

    /** Waits for routing to put the document in the agency's inbox; returns the incoming document's id. */
    static long awaitIncoming(Api clerk, String subject) throws Exception {
        for (int i = 0; i < 120; i++) {
            for (JsonValue v : clerk.get("/api/documents/incoming?max=200").<JsonArray>json()) {
                if (subject.equals(v.asJsonObject().getString("subject"))) {
                    return v.asJsonObject().getJsonNumber("id").longValue();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(subject + " never arrived");
    }

    static boolean inInbox(Api clerk, String subject) throws Exception {
        return clerk.get("/api/documents/incoming?max=200").<JsonArray>json().stream()
                .anyMatch(v -> subject.equals(v.asJsonObject().getString("subject")));
    }

    /** One delivery of a sent document, as its sender sees it. */
    static JsonObject delivery(Api sender, long documentId, long deliveryId) throws Exception {
        return sender.get("/api/documents/outgoing/" + documentId + "/deliveries").<JsonArray>json().stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getJsonNumber("id").longValue() == deliveryId)
                .findFirst().orElseThrow();
    }

    static List<String> steps(JsonObject delivery) {
        return delivery.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("status")).toList();
    }

    /** The actions the audit trail holds for a subject such as {@code outgoing:12}, as ACTION/OUTCOME. */
    static List<String> audited(String subject) throws Exception {
        return Api.as("quantri", LienThongEar.DEMO_PASSWORD).get("/api/audit?subject=" + subject).<JsonArray>json()
                .stream().map(v -> v.asJsonObject().getString("action") + "/" + v.asJsonObject().getString("outcome"))
                .toList();
    }
}
