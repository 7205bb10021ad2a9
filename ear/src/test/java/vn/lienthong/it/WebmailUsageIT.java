package vn.lienthong.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every webmail action a leader takes lands in the adoption store as a usage event of the webmail client: opening
 * the mailbox, reading a message on the page and sending one from the compose page, each counted once in the
 * per-day aggregates that an auditor reads through the API, and none of them carrying a subject or a body.
 */
@ExtendWith(ArquillianExtension.class)
class WebmailUsageIT extends LienThongEar {

    /** A leader no other test signs in to the webmail, so that the day's counts move only by this test. */
    private static final String LEADER = "quanly.snv";
    private static final String MAILBOX = LEADER + "@tphcm.gov.vn";
    private static final String AGENCY = "000.00.12.H29";
    private static final String AUDITOR = "kiemtra";

    @BeforeAll
    static void demoMailboxFilled() throws Exception {
        assertTrue(WebmailClient.awaitFilledInbox(MAILBOX) >= 200);
    }

    @Test
    void openingReadingAndSendingAreCountedAsWebmailUseWithoutSubjectOrContent() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String readSubject = "Giấy mời họp khẩn " + run;
        String readBody = "Nội dung mật của thư đến " + run;
        String sentSubject = "Ý kiến chỉ đạo " + run;
        String sentBody = "Đồng ý phương án, nội dung thư đi " + run;
        WebmailClient.deliver(WebmailClient.html(MAILBOX, readSubject, "<p>" + readBody + "</p>"));
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String period = "from=" + today + "&to=" + today;
        Api auditor = Api.as(AUDITOR, DEMO_PASSWORD);
        JsonObject before = activity(auditor, period);

        WebmailClient leader = WebmailIT.opened(LEADER);
        long uid = WebmailIT.newest(leader, "INBOX", readSubject);
        HttpResponse<String> read = leader.get("/leader/mail/message.xhtml?folder=INBOX&uid=" + uid);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains(readSubject), "the page shows the message");
        HttpResponse<String> sent = leader.submit("/leader/mail/compose.xhtml", "compose", "compose:send", Map.of(
                "compose:to", "vanthu.snv@tphcm.gov.vn", "compose:cc", "", "compose:bcc", "",
                "compose:subject", sentSubject, "compose:text", sentBody));
        assertEquals(302, sent.statusCode(), "sending redirects to Sent: " + sent.body());
        assertTrue(sent.headers().firstValue("Location").orElse("").contains("folder=Sent"));
        WebmailIT.newest(leader, "Sent", sentSubject);

        JsonObject after = activity(auditor, period);
        assertEquals(count(before, "webmailLogins") + 1, count(after, "webmailLogins"), "one webmail session opened");
        assertEquals(count(before, "webmailReads") + 1, count(after, "webmailReads"), "one message read on the page");
        assertEquals(count(before, "sent") + 1, count(after, "sent"), "one message sent");
        assertEquals(today, after.getString("lastActive"));

        // The same events in the auditor's figures: the leader's row counts the webmail logins of the day.
        Api.Answer figures = auditor.get("/api/adoption/figures?" + period + "&agency=" + AGENCY);
        assertEquals(200, figures.status(), figures.body());
        JsonObject official = figures.<JsonObject>json().getJsonArray("officials").stream()
                .map(JsonValue::asJsonObject).filter(o -> MAILBOX.equals(o.getString("mailbox")))
                .findFirst().orElseThrow(() -> new AssertionError(MAILBOX + " not among " + figures.body()));
        assertEquals(count(after, "webmailLogins"), official.getJsonNumber("webmailLogins").longValue());
        assertTrue(official.getInt("activeDays") >= 1);

        // Nothing the auditor can read, the CSV export included, holds a subject or a body.
        Api.Answer export = auditor.post("/api/adoption/exports?format=csv&" + period + "&agency=" + AGENCY, "");
        assertEquals(201, export.status(), export.body());
        String csv = new String(auditor.bytes(path(export.<JsonObject>json().getString("fileUrl"))), StandardCharsets.UTF_8);
        assertTrue(csv.contains(MAILBOX), "the export lists the leader");
        for (String answer : List.of(after.toString(), figures.body(), csv)) {
            for (String text : List.of(run, readSubject, readBody, sentSubject, sentBody)) {
                assertFalse(answer.contains(text), "the adoption store gave back \"" + text + "\"");
            }
        }
    }

    private static JsonObject activity(Api auditor, String period) throws Exception {
        Api.Answer answer = auditor.get("/api/adoption/mailboxes/" + MAILBOX + "?" + period);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static long count(JsonObject activity, String name) {
        return activity.getJsonNumber(name).longValue();
    }

    private static String path(String url) {
        return url.replaceFirst("^.*?/api/", "/api/");
    }
}
