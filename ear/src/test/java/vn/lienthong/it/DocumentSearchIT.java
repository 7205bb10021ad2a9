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

/** Clerks find documents by subject words without diacritics, by number, by agency and dates; only their own. */
@ExtendWith(ArquillianExtension.class)
class DocumentSearchIT extends LienThongEar {

    @Test
    void subjectWordsFindDocumentsWhateverTheirDiacriticsAndOnlyTheAgencysOwn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String subject = "Kế hoạch Cải cách hành chính năm 2027 " + tag;
        Api clerk = Api.as("vanthu.snv", DEMO_PASSWORD);
        Api.Answer created = clerk.post("/api/documents/outgoing", """
                {"documentType":"PLAN","subject":"%s","notation":"KH-SNV","signerPosition":"Giám đốc",
                 "signerName":"Trần Thu Lan","place":"TP. Hồ Chí Minh","recipients":["000.00.31.H29"]}""".formatted(subject));
        assertEquals(201, created.status(), created.body());
        long id = created.<JsonObject>json().getJsonNumber("id").longValue();
        String number = clerk.post("/api/documents/outgoing/" + id + "/issue", "").<JsonObject>json().getString("number");

        JsonArray byWords = clerk.get("/api/documents/search?q=cai%20cach%20hanh%20chinh%20" + tag).json();
        assertEquals(1, byWords.size(), byWords.toString());
        assertEquals(subject, byWords.getJsonObject(0).getString("subject"));
        assertEquals("OUTGOING", byWords.getJsonObject(0).getString("direction"));

        JsonArray byNumber = clerk.get("/api/documents/search?number=" + number).json();
        assertTrue(byNumber.stream().map(JsonValue::asJsonObject).anyMatch(h -> h.getJsonNumber("id").longValue() == id));

        JsonArray byAgency = clerk.get("/api/documents/search?agency=000.00.31.H29&q=" + tag + "&from=2020-01-01&to=2099-12-31").json();
        assertEquals(1, byAgency.size());
        assertEquals(0, clerk.get("/api/documents/search?agency=000.00.33.H29&q=" + tag).<JsonArray>json().size());

        assertEquals(0, Api.as("vanthu.stc", DEMO_PASSWORD).get("/api/documents/search?q=" + tag).<JsonArray>json().size(),
                "another agency finds nothing");
        assertEquals(400, clerk.get("/api/documents/search?from=29/11/2026").status());
        Api.Answer badStatus = clerk.get("/api/documents/search?status=DA_GUI");
        assertEquals(400, badStatus.status(), "an unknown status is refused, not answered with nothing found");
        assertTrue(badStatus.<JsonObject>json().getString("detail").contains("Trạng thái \"DA_GUI\" không có"), badStatus.body());
        assertEquals(1, clerk.get("/api/documents/search?status=ISSUED&q=" + tag).<JsonArray>json().size());
        assertEquals(0, clerk.get("/api/documents/search?q=100%25_").<JsonArray>json().size(), "LIKE wildcards are literal");
    }
}
