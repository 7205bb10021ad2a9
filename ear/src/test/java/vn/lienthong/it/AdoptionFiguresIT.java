package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.it.ExchangeFixtures.draft;
import static vn.lienthong.it.ExchangeFixtures.issued;

/**
 * The figures through the API after the real logs are imported: per official and per agency for the auditor, only
 * the own agency's aggregates for everyone else, the electronic share with its carve-outs, the policy stated and
 * settable, pseudonyms, and the exports.
 */
@ExtendWith(ArquillianExtension.class)
class AdoptionFiguresIT extends LienThongEar {

    static final String SNV = "000.00.12.H29";
    static final String SOTTTT = "000.00.11.H29";
    static final String QUAN1 = "000.00.31.H29";
    static final String NOVEMBER = "month=2026-11";
    static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void importTheRealLogs() throws Exception {
        byte[] log = Files.readAllBytes(Path.of(System.getProperty("shared.dir", "../../shared"), "fixtures", "maillog",
                "mail.log"));
        Api.Answer answer = Api.as("kiemtra", DEMO_PASSWORD).post("/api/adoption/imports?name=mail.log&month=2026-11",
                log, "application/octet-stream");
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void theAuditorSeesEachOfficialsUseAndTheAgencysShareStatingThePolicy() throws Exception {
        JsonObject report = Api.as("kiemtra", DEMO_PASSWORD).get("/api/adoption/figures?" + NOVEMBER + "&agency=" + SNV).json();

        assertEquals(80, report.getJsonObject("policy").getInt("thresholdPercent"));
        assertTrue(report.getJsonObject("policy").getString("description").contains("80%"));
        assertEquals(100, report.getInt("targetPercent"));
        assertTrue(report.getBoolean("namesShown"));
        JsonObject lan = official(report, "lantt.snv@tphcm.gov.vn");
        assertEquals("Trần Thu Lan", lan.getString("fullName"));
        assertEquals(1, lan.getInt("imapLogins"));
        assertEquals(3, lan.getInt("pop3Logins"));
        assertEquals(3, lan.getInt("sent"));
        assertEquals(6, lan.getInt("received"));
        assertEquals("2026-11-29", lan.getString("lastActive"));
        assertEquals(1, lan.getInt("activeDays"));
        assertFalse(lan.getBoolean("regular"), "one active day is not 80% of November's working days");
        JsonObject agency = report.getJsonArray("agencies").getJsonObject(0);
        assertEquals(SNV, agency.getString("code"));
        assertEquals(100.0, agency.getJsonNumber("gapToTarget").doubleValue() + agency.getJsonNumber("regularShare").doubleValue(), 0.001);
        assertTrue(report.getJsonArray("leadersWithoutUse").stream()
                .anyMatch(o -> o.asJsonObject().getString("mailbox").equals("lanhdao.snv@tphcm.gov.vn")),
                "the demo leader who never used email is named");
        // On the dashboard too, with the mailbox: the demo has two people named Trần Thu Lan in Sở Nội vụ.
        String page = WebmailClient.signIn("kiemtra").get("/auditor/adoption.xhtml").body();
        String idle = page.substring(page.indexOf("id=\"idle\""), page.indexOf("id=\"officials\""));
        assertTrue(idle.contains("Trần Thu Lan") && idle.contains("lanhdao.snv@tphcm.gov.vn"), idle);
    }

    @Test
    void cityWideFiguresCoverTheCitysAgenciesOnlyAndTheTrendRunsByMonth() throws Exception {
        JsonObject report = Api.as("kiemtra", DEMO_PASSWORD)
                .get("/api/adoption/figures?from=2026-09-01&to=2026-11-30").json();
        List<String> codes = report.getJsonArray("agencies").stream().map(a -> a.asJsonObject().getString("code")).toList();
        assertTrue(codes.containsAll(List.of("000.00.00.H29", SOTTTT, SNV, "000.00.31.H29")), codes.toString());
        assertFalse(codes.contains("000.00.00.G22"), "the national platform is not one of the city's agencies");
        assertEquals(List.of("2026-09", "2026-10", "2026-11"), report.getJsonArray("trend").stream()
                .map(m -> m.asJsonObject().getString("month")).toList());
        assertEquals(21, report.getJsonArray("trend").getJsonObject(2).getInt("workingDays"));
        // The least adopting are those some other agency beats, at most three; when all stand level, nobody is named.
        List<Double> shares = report.getJsonArray("agencies").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getInt("leaders") > 0).map(a -> a.getJsonNumber("regularShare").doubleValue()).toList();
        double highest = shares.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        long beaten = shares.stream().filter(share -> share < highest).count();
        JsonArray least = report.getJsonArray("leastAdopting");
        assertEquals(Math.min(3, beaten), least.size(), least.toString());
        least.forEach(a -> assertTrue(a.asJsonObject().getJsonNumber("regularShare").doubleValue() < highest, a.toString()));
    }

    @Test
    void aLeaderSeesOnlyTheirOwnAgencysAggregatesWithoutNames() throws Exception {
        Api leader = Api.as("lanhdao.sotttt", DEMO_PASSWORD);
        Api.Answer own = leader.get("/api/adoption/figures?" + NOVEMBER);
        assertEquals(200, own.status(), own.body());
        JsonObject report = own.json();
        assertFalse(report.getBoolean("namesShown"));
        assertTrue(report.getJsonArray("officials").isEmpty());
        assertTrue(report.getJsonArray("leadersWithoutUse").isEmpty());
        assertEquals(List.of(SOTTTT), report.getJsonArray("agencies").stream()
                .map(a -> a.asJsonObject().getString("code")).toList());

        Api.Answer other = leader.get("/api/adoption/figures?" + NOVEMBER + "&agency=" + SNV);
        assertEquals(403, other.status());
        assertTrue(other.contentType().startsWith(PROBLEM));
        assertEquals(403, leader.get("/api/adoption/mailboxes/lantt.snv@tphcm.gov.vn?from=2026-11-01&to=2026-11-30").status());
        assertEquals(403, leader.put("/api/adoption/policy", "{\"thresholdPercent\":10}").status());

        // An administrator's calendar correction is refused in the calendar's own words, not the CSV's or the reports'.
        Api quantri = Api.as("quantri", DEMO_PASSWORD);
        Api.Answer unknownKind = quantri.put("/api/adoption/calendar/days/2026-12-31", "{\"kind\":\"LE\",\"name\":\"x\"}");
        assertEquals(400, unknownKind.status(), unknownKind.body());
        assertTrue(unknownKind.body().contains("Loại ngày \\\"LE\\\" không có") || unknownKind.body().contains("Loại ngày \"LE\" không có"),
                unknownKind.body());
        Api.Answer outside = quantri.put("/api/adoption/calendar/days/2031-01-02", "{\"kind\":\"HOLIDAY\",\"name\":\"Nghỉ\"}");
        assertEquals(400, outside.status(), outside.body());
        assertTrue(outside.body().contains("Không sửa được ngày 02/01/2031"), outside.body());

        JsonObject admin = Api.as("quantri", DEMO_PASSWORD).get("/api/adoption/figures?" + NOVEMBER).json();
        assertEquals(1, admin.getJsonArray("agencies").size(), "administrators manage, they do not read others' figures");
        assertTrue(admin.getJsonArray("officials").isEmpty());
    }

    @Test
    void carvedOutDocumentsAreShownBesideTheElectronicShareNotInIt() throws Exception {
        Api clerk = Api.as("vanthu.sotttt", DEMO_PASSWORD);
        JsonObject before = agency(Api.as("kiemtra", DEMO_PASSWORD).get("/api/adoption/figures?agency=" + SOTTTT).json(), SOTTTT)
                .getJsonObject("documents");
        long sent = issued(clerk, draft("Báo cáo điện tử " + UUID.randomUUID(), "THUONG", false, QUAN1));
        assertEquals(200, clerk.post("/api/documents/outgoing/" + sent + "/send", "").status());
        issued(clerk, draft("Kế hoạch mật " + UUID.randomUUID(), "MAT", false, QUAN1));
        issued(clerk, draft("Tờ trình bản giấy " + UUID.randomUUID(), "THUONG", true, QUAN1));

        JsonObject after = agency(Api.as("kiemtra", DEMO_PASSWORD).get("/api/adoption/figures?agency=" + SOTTTT).json(), SOTTTT)
                .getJsonObject("documents");
        assertEquals(before.getInt("issued") + 3, after.getInt("issued"));
        assertEquals(before.getInt("denominator") + 1, after.getInt("denominator"));
        assertEquals(before.getInt("electronic") + 1, after.getInt("electronic"));
        assertEquals(before.getInt("carvedOutClassified") + 1, after.getInt("carvedOutClassified"));
        assertEquals(before.getInt("carvedOutPaperOnly") + 1, after.getInt("carvedOutPaperOnly"));
    }

    @Test
    void theAuditorSetsThePolicyAndTheReportStatesIt() throws Exception {
        Api kiemtra = Api.as("kiemtra", DEMO_PASSWORD);
        // One login on Monday 2 November (an RFC 3339 line); the real log's activity is on Sunday 29 November.
        String monday = "2026-11-02T08:15:01.123456+07:00 mx1 dovecot: imap-login: Login: user=<binhtv.snv@tphcm.gov.vn>, "
                + "method=PLAIN, rip=10.0.0.9, lip=10.0.0.1, mpid=777, secured, session=<policyIT>\n";
        assertEquals(200, kiemtra.post("/api/adoption/imports?name=mx1.log", monday.getBytes(StandardCharsets.UTF_8),
                "text/plain").status());
        String path = "/api/adoption/figures?" + NOVEMBER + "&agency=" + SNV;
        assertFalse(official(kiemtra.get(path).json(), "binhtv.snv@tphcm.gov.vn").getBoolean("regular"));
        try {
            Api.Answer set = kiemtra.put("/api/adoption/policy", "{\"thresholdPercent\":4}");
            assertEquals(200, set.status(), set.body());
            JsonObject report = kiemtra.get(path).json();
            assertEquals(4, report.getJsonObject("policy").getInt("thresholdPercent"));
            assertTrue(report.getJsonObject("policy").getString("description").contains("4%"));
            assertTrue(official(report, "binhtv.snv@tphcm.gov.vn").getBoolean("regular"),
                    "one active working day of November's 21 meets 4% (0.84 days)");
            assertFalse(official(report, "lantt.snv@tphcm.gov.vn").getBoolean("regular"),
                    "activity on a Sunday is welcome but not owed: no working day was active");
            assertEquals(400, kiemtra.put("/api/adoption/policy", "{\"thresholdPercent\":0}").status());
            // A fraction is refused, not cut to the whole number below it.
            Api.Answer fraction = kiemtra.put("/api/adoption/policy", "{\"thresholdPercent\":75.5}");
            assertEquals(400, fraction.status(), fraction.body());
            assertTrue(fraction.body().contains("số nguyên") && fraction.body().contains("75.5"), fraction.body());
            assertEquals(4, kiemtra.get("/api/adoption/policy").<JsonObject>json().getInt("thresholdPercent"));
        } finally {
            kiemtra.put("/api/adoption/policy", "{\"thresholdPercent\":80}");
        }
    }

    @Test
    void concealedNamesAreStablePseudonymsAndMailboxesAreGone() throws Exception {
        Api kiemtra = Api.as("kiemtra", DEMO_PASSWORD);
        String path = "/api/adoption/figures?" + NOVEMBER + "&agency=" + SNV + "&conceal=true";
        JsonArray once = kiemtra.get(path).<JsonObject>json().getJsonArray("officials");
        JsonArray twice = kiemtra.get(path).<JsonObject>json().getJsonArray("officials");
        assertEquals(once, twice);
        assertFalse(once.toString().contains("@tphcm.gov.vn"));
        assertFalse(once.toString().contains("Trần Thu Lan"));
        assertTrue(once.getJsonObject(0).getString("fullName").matches("(Lãnh đạo|Cán bộ) #[0-9A-F]{8}"), once.toString());
        assertNotEquals(once.getJsonObject(0).getString("fullName"), once.getJsonObject(1).getString("fullName"));
    }

    @Test
    void exportsComeAsCsvXlsxAndPdfStatingThePolicyAndSignedForOpenssl() throws Exception {
        Api kiemtra = Api.as("kiemtra", DEMO_PASSWORD);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("adoption-export");
        java.nio.file.Path roots = java.nio.file.Files.write(dir.resolve("roots.pem"),
                kiemtra.bytes("/api/signatures/trusted-roots"));
        for (String format : List.of("csv", "xlsx", "pdf")) {
            Api.Answer made = kiemtra.post("/api/adoption/exports?format=" + format + "&" + NOVEMBER, "");
            assertEquals(201, made.status(), made.body());
            byte[] file = kiemtra.bytes(path(made.<JsonObject>json().getString("fileUrl")));
            byte[] signature = kiemtra.bytes(path(made.<JsonObject>json().getString("signatureUrl")));
            java.nio.file.Path content = java.nio.file.Files.write(dir.resolve("export." + format), file);
            java.nio.file.Path p7s = java.nio.file.Files.write(dir.resolve("export." + format + ".p7s"), signature);
            Process openssl = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                    p7s.toString(), "-content", content.toString(), "-CAfile", roots.toString(), "-out", "/dev/null")
                    .redirectErrorStream(true).start();
            String said = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, openssl.waitFor(), said);
            assertTrue(said.contains("Verification successful"), said);
            String head = new String(file, 0, 4, StandardCharsets.ISO_8859_1);
            switch (format) {
                case "csv" -> assertTrue(new String(file, StandardCharsets.UTF_8).contains("ít nhất 80%"));
                case "xlsx" -> assertEquals("PK\u0003\u0004", head);
                default -> assertEquals("%PDF", head);
            }
        }
        assertEquals(400, kiemtra.post("/api/adoption/exports?format=doc&" + NOVEMBER, "").status());
        assertEquals(404, Api.as("lanhdao.sotttt", DEMO_PASSWORD).get("/api/adoption/exports/" + UUID.randomUUID()).status());
    }

    private static String path(String url) throws Exception {
        return new java.net.URI(url).getPath().substring("/lienthong".length());
    }

    @Test
    void badPeriodsAreRefusedInTheReadersLanguage() throws Exception {
        Api.Answer month = Api.as("kiemtra", DEMO_PASSWORD).get("/api/adoption/figures?month=2026-13");
        assertEquals(400, month.status());
        assertTrue(month.<JsonObject>json().getString("detail").contains("không hợp lệ"), month.body());
        Api.Answer backwards = Api.as("kiemtra", DEMO_PASSWORD).inEnglish()
                .get("/api/adoption/figures?from=2026-11-30&to=2026-11-01");
        assertEquals(400, backwards.status());
        assertTrue(backwards.<JsonObject>json().getString("detail").contains("not valid"), backwards.body());
        Api.Answer uncovered = Api.as("kiemtra", DEMO_PASSWORD).get("/api/adoption/figures?month=2031-01");
        assertEquals(400, uncovered.status());
        assertTrue(uncovered.<JsonObject>json().getString("detail").contains("Lịch làm việc"), uncovered.body());
    }

    private static JsonObject official(JsonObject report, String mailbox) {
        return report.getJsonArray("officials").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("mailbox").equals(mailbox)).findFirst()
                .orElseThrow(() -> new AssertionError(mailbox + " not in " + report.getJsonArray("officials")));
    }

    private static JsonObject agency(JsonObject report, String code) {
        return report.getJsonArray("agencies").stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
