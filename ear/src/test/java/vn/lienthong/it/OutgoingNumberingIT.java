package vn.lienthong.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outgoing documents get register numbers by Decree 30/2020: unique, gap-free, once, in the right series. */
@ExtendWith(ArquillianExtension.class)
class OutgoingNumberingIT extends LienThongEar {

    private static final String CLERK = "vanthu.stc";

    static String draft(String secrecy, boolean paperOnly, String... recipients) {
        return """
                {"documentType":"OFFICIAL_LETTER","subject":"Về việc cải cách hành chính năm 2026","notation":"STC-VP",
                 "signerCompetence":"KT.","signerPosition":"Phó Giám đốc","signerName":"Đặng Thanh An",
                 "place":"TP. Hồ Chí Minh","priority":1,"steeringType":1,"secrecy":"%s","paperOnly":%s,
                 "recipients":[%s]}""".formatted(secrecy, paperOnly, ExchangeFixtures.quoted(recipients));
    }


    @Test
    void aDraftIsIssuedANumberOnceAndOnlyByItsOwnAgency() throws Exception {
        Api clerk = Api.as(CLERK, DEMO_PASSWORD);
        long id = ExchangeFixtures.drafted(clerk, draft("THUONG", false, "000.00.31.H29", "000.00.33.H29"));

        JsonObject issued = clerk.post("/api/documents/outgoing/" + id + "/issue", "").json();
        assertEquals("ISSUED", issued.getString("status"));
        assertTrue(issued.getString("number").matches("\\d{2,}/STC-VP"), issued.getString("number"));
        assertEquals("NORMAL", issued.getString("registerSeries"));

        Api.Answer again = clerk.post("/api/documents/outgoing/" + id + "/issue", "");
        assertEquals(409, again.status());
        assertTrue(again.<JsonObject>json().getString("detail").contains(issued.getString("number")));

        assertEquals(404, Api.as("vanthu.quan1", DEMO_PASSWORD).get("/api/documents/outgoing/" + id).status(),
                "another agency's clerk is told the document does not exist");
        assertEquals(404, Api.as("vanthu.quan1", DEMO_PASSWORD).post("/api/documents/outgoing/" + id + "/issue", "").status());
        assertEquals(200, Api.as("kiemtra", DEMO_PASSWORD).get("/api/documents/outgoing/" + id).status());
    }

    @Test
    void fiftyParallelIssuesGiveFiftyNumbersWithoutGaps() throws Exception {
        Api clerk = Api.as(CLERK, DEMO_PASSWORD);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(ExchangeFixtures.drafted(clerk, draft("THUONG", false, "000.00.11.H29")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (long id : ids) {
                answers.add(pool.submit(() -> Api.as(CLERK, DEMO_PASSWORD).post("/api/documents/outgoing/" + id + "/issue", "")));
            }
            Set<Integer> numbers = new TreeSet<>();
            for (Future<Api.Answer> answer : answers) {
                Api.Answer issued = answer.get();
                assertEquals(200, issued.status(), issued.body());
                numbers.add(Integer.parseInt(issued.<JsonObject>json().getString("number").split("/")[0]));
            }
            assertEquals(50, numbers.size(), "no number was given twice");
            int lowest = ((TreeSet<Integer>) numbers).first();
            int highest = ((TreeSet<Integer>) numbers).last();
            assertEquals(49, highest - lowest, "no gaps: " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void classifiedDocumentsTakeNumbersFromTheirOwnSeries() throws Exception {
        Api clerk = Api.as(CLERK, DEMO_PASSWORD);
        JsonObject secret = clerk.post("/api/documents/outgoing/" + ExchangeFixtures.drafted(clerk, draft("MAT", false, "000.00.12.H29")) + "/issue", "").json();
        assertEquals("SECRET", secret.getString("registerSeries"));
        assertEquals("CLASSIFIED", secret.getString("carveOut"));
        JsonObject paper = clerk.post("/api/documents/outgoing/" + ExchangeFixtures.drafted(clerk, draft("THUONG", true, "000.00.12.H29")) + "/issue", "").json();
        assertEquals("NORMAL", paper.getString("registerSeries"));
        assertEquals("PAPER_ONLY", paper.getString("carveOut"));
    }

    @Test
    void badDraftsAreRefusedWithClearReasons() throws Exception {
        Api clerk = Api.as(CLERK, DEMO_PASSWORD);
        Api.Answer unknown = clerk.post("/api/documents/outgoing", draft("THUONG", false, "000.00.99.H29"));
        assertEquals(404, unknown.status());
        assertTrue(unknown.<JsonObject>json().getString("detail").contains("000.00.99.H29"));

        assertEquals(400, clerk.post("/api/documents/outgoing", draft("THUONG", false, "not-a-code")).status());
        assertEquals(400, clerk.post("/api/documents/outgoing", draft("THUONG", false, "000.00.13.H29")).status(),
                "an agency cannot send to itself");
        assertEquals(400, clerk.post("/api/documents/outgoing", draft("SIEU_MAT", false, "000.00.31.H29")).status(),
                "an unknown secrecy is the client's error");
        Api.Answer missing = clerk.post("/api/documents/outgoing", "{\"subject\":\"x\"}");
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("signerName"), missing.body());

        assertEquals(403, Api.as("lanhdao.stc", DEMO_PASSWORD).post("/api/documents/outgoing",
                draft("THUONG", false, "000.00.31.H29")).status(), "leaders do not register documents");
    }
}
