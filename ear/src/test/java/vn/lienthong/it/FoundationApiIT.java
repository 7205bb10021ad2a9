package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The foundation through the API: health, OpenAPI, authentication, agency scoping in the EJB layer, problem+json. */
@ExtendWith(ArquillianExtension.class)
class FoundationApiIT extends LienThongEar {

    private static final String SOTTTT = "000.00.11.H29";
    private static final String QUAN1 = "000.00.31.H29";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void healthChecksTheDatabaseAndJmsWithoutSigningIn() throws Exception {
        Api.Answer health = Api.anonymous().get("/api/health");
        assertEquals(200, health.status(), health.body());
        JsonObject body = health.json();
        assertEquals("UP", body.getString("status"));
        assertTrue(body.getJsonObject("checks").getJsonObject("database").getBoolean("up"));
        assertTrue(body.getJsonObject("checks").getJsonObject("jms").getBoolean("up"));
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        Api.Answer openapi = Api.anonymous().get("/api/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("openapi: 3"), openapi.body());
        assertTrue(openapi.body().contains("/directory/agencies/{code}/people"));
        assertTrue(openapi.body().contains("/health"));
    }

    @Test
    void anUnauthenticatedCallGets401WithABasicChallengeInVietnamese() throws Exception {
        Api.Answer answer = Api.anonymous().get("/api/directory/me");
        assertEquals(401, answer.status());
        assertTrue(answer.contentType().startsWith(PROBLEM), answer.contentType());
        assertTrue(answer.<JsonObject>json().getString("detail").startsWith("Cần đăng nhập"), answer.body());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreRefusedAlike() throws Exception {
        Api.Answer wrong = Api.as("vanthu.sotttt", "wrong-password").get("/api/directory/me");
        Api.Answer unknown = Api.as("nobody.here", DEMO_PASSWORD).get("/api/directory/me");
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertTrue(wrong.contentType().startsWith(PROBLEM));
        assertEquals(wrong.<JsonObject>json().getString("detail"), unknown.<JsonObject>json().getString("detail"));
    }

    @Test
    void everyDemoRoleSignsInAndBelongsToAnAgency() throws Exception {
        // Sở TT&TT's clerk, leader and manager, then the auditor and the administrator of UBND TP.HCM (README).
        Map<String, String> roleAndAgency = new java.util.LinkedHashMap<>();
        roleAndAgency.put("vanthu.sotttt", "CLERK 000.00.11.H29");
        roleAndAgency.put("lanhdao.sotttt", "LEADER 000.00.11.H29");
        roleAndAgency.put("quanly.sotttt", "LEADER 000.00.11.H29");
        roleAndAgency.put("kiemtra", "AUDITOR 000.00.00.H29");
        roleAndAgency.put("quantri", "ADMIN 000.00.00.H29");
        for (Map.Entry<String, String> expected : roleAndAgency.entrySet()) {
            String user = expected.getKey();
            Api.Answer me = Api.as(user, DEMO_PASSWORD).get("/api/directory/me");
            assertEquals(200, me.status(), user + ": " + me.body());
            JsonObject account = me.json();
            assertEquals(user, account.getString("username"));
            assertEquals(expected.getValue(), account.getString("role") + " " + account.getString("agencyCode"), user);
            assertFalse(me.body().contains("$2a$"), "the hash never leaves the server");
        }
    }

    @Test
    void demoDirectoryHasTheCityThreeDepartmentsAndTwoDistricts() throws Exception {
        JsonArray agencies = Api.as("vanthu.sotttt", DEMO_PASSWORD).get("/api/directory/agencies").json();
        Set<String> codes = agencies.stream().map(v -> v.asJsonObject().getString("code")).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("000.00.00.H29", SOTTTT, "000.00.12.H29", "000.00.13.H29", QUAN1, "000.00.33.H29")), codes.toString());
        JsonObject city = Api.as("vanthu.sotttt", DEMO_PASSWORD).get("/api/directory/agencies/000.00.00.H29").json();
        assertEquals("Ủy ban nhân dân Thành phố Hồ Chí Minh", city.getString("name"));
    }

    @Test
    void aClerkSeesTheirOwnAgencysPeople() throws Exception {
        Api.Answer people = Api.as("vanthu.sotttt", DEMO_PASSWORD).get("/api/directory/agencies/" + SOTTTT + "/people");
        assertEquals(200, people.status());
        Set<String> usernames = people.<JsonArray>json().stream()
                .map(v -> v.asJsonObject().getString("username")).collect(Collectors.toSet());
        assertTrue(usernames.containsAll(Set.of("vanthu.sotttt", "lanhdao.sotttt", "quanly.sotttt")), usernames.toString());
    }

    @Test
    void aClerkCannotSeeAnotherAgencysPeople() throws Exception {
        Api.Answer answer = Api.as("vanthu.sotttt", DEMO_PASSWORD).get("/api/directory/agencies/" + QUAN1 + "/people");
        assertEquals(403, answer.status());
        assertTrue(answer.contentType().startsWith(PROBLEM));
        assertEquals("Bạn không có quyền xem dữ liệu của cơ quan 000.00.31.H29.", answer.<JsonObject>json().getString("detail"));
        Api.Answer leader = Api.as("lanhdao.quan1", DEMO_PASSWORD).get("/api/directory/agencies/" + SOTTTT + "/people");
        assertEquals(403, leader.status());
    }

    @Test
    void auditorsSeeEveryAgency() throws Exception {
        assertEquals(200, Api.as("kiemtra", DEMO_PASSWORD).get("/api/directory/agencies/" + QUAN1 + "/people").status());
    }

    @Test
    void problemsSpeakEnglishWhenAsked() throws Exception {
        Api.Answer answer = Api.as("vanthu.sotttt", DEMO_PASSWORD).inEnglish().get("/api/directory/agencies/000.00.99.H29");
        assertEquals(404, answer.status());
        assertEquals("No agency has the code 000.00.99.H29.", answer.<JsonObject>json().getString("detail"));
    }

    @Test
    void aMalformedAgencyCodeIs400AndAnUnknownPathIs404() throws Exception {
        Api api = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        Api.Answer malformed = api.get("/api/directory/agencies/not-a-code");
        assertEquals(400, malformed.status());
        assertTrue(malformed.<JsonObject>json().getString("detail").contains("not-a-code"));
        Api.Answer unknownPath = api.get("/api/no/such/thing");
        assertEquals(404, unknownPath.status());
        assertTrue(unknownPath.contentType().startsWith(PROBLEM));
    }

    @Test
    void onlyAdministratorsOpenAccountsAndTheNewAccountCanSignIn() throws Exception {
        String username = "test." + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"username":"%s","password":"Mat-khau-moi-2026","role":"CLERK","agencyCode":"%s",
                 "fullName":"Lê Văn Thử","position":"Văn thư"}""".formatted(username, QUAN1);

        Api.Answer byClerk = Api.as("vanthu.quan1", DEMO_PASSWORD).post("/api/directory/accounts", body);
        assertEquals(403, byClerk.status(), "the EJB layer refuses a clerk even though the page rules let /api/* in");

        Api.Answer byAdmin = Api.as("quantri", DEMO_PASSWORD).post("/api/directory/accounts", body);
        assertEquals(201, byAdmin.status(), byAdmin.body());
        assertEquals("Lê Văn Thử", byAdmin.<JsonObject>json().getString("fullName"));

        Api.Answer me = Api.as(username, "Mat-khau-moi-2026").get("/api/directory/me");
        assertEquals(200, me.status());
        assertEquals(QUAN1, me.<JsonObject>json().getString("agencyCode"));

        Api.Answer again = Api.as("quantri", DEMO_PASSWORD).post("/api/directory/accounts", body);
        assertEquals(409, again.status());
    }

    @Test
    void missingFieldsAreNamedInTheProblem() throws Exception {
        Api.Answer answer = Api.as("quantri", DEMO_PASSWORD).post("/api/directory/accounts", "{\"username\":\"x\"}");
        assertEquals(400, answer.status(), answer.body());
        Set<String> fields = answer.<JsonObject>json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("password", "role", "agencyCode", "fullName")), fields.toString());
    }

    @Test
    void aBrowserSessionMustSendTheCsrfHeaderToChangeData() throws Exception {
        Api browser = Api.browserSession("quantri", DEMO_PASSWORD);
        assertEquals(200, browser.get("/api/directory/me").status(), "the session cookie authenticates reads");
        String body = """
                {"code":"000.00.41.H29","name":"Sở Y tế","parentCode":"000.00.00.H29","reach":"LIENTHONG"}""";
        Api.Answer forged = browser.post("/api/directory/agencies", body);
        assertEquals(403, forged.status());
        assertTrue(forged.<JsonObject>json().getString("detail").contains("X-Requested-With"));
        Api.Answer genuine = browser.post("/api/directory/agencies", body, "X-Requested-With", "XMLHttpRequest");
        assertTrue(genuine.status() == 201 || genuine.status() == 409, genuine.body());
    }
}
