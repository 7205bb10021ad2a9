package vn.lienthong.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real Postfix and Dovecot logs through the API: the stored per-day aggregates match the fixture's truth exactly,
 * importing the same file again adds nothing, and a log dropped in the watched folder is imported and moved to done/.
 */
@ExtendWith(ArquillianExtension.class)
class AdoptionImportIT extends LienThongEar {

    static final String PROBLEM = "application/problem+json";
    static Path fixtures;
    static byte[] log;
    static Map<String, Map<String, Integer>> truth;

    @BeforeAll
    static void readFixtures() throws Exception {
        fixtures = Path.of(System.getProperty("shared.dir", "../../shared"), "fixtures", "maillog");
        log = Files.readAllBytes(fixtures.resolve("mail.log"));
        truth = readTruth(Files.readString(fixtures.resolve("truth.json")));
    }

    @Test
    void theRealLogsGiveExactlyTheTruthAndASecondImportAddsNothing() throws Exception {
        Api kiemtra = Api.as("kiemtra", DEMO_PASSWORD);
        Api.Answer first = kiemtra.post("/api/adoption/imports?name=mail.log&month=2026-11", log,
                "application/octet-stream");
        assertEquals(200, first.status(), first.body());
        JsonObject report = first.json();
        assertEquals(1463, report.getJsonNumber("lines").longValue());
        assertFalse(report.getBoolean("damaged"));
        assertTrue(report.getJsonNumber("skippedLines").longValue() > 400, report.toString());
        // The mail server has 32 mailboxes and the directory 30 people: the two strangers with activity are named.
        assertEquals(2, report.getJsonObject("unknownMailboxes").size(), report.toString());
        assertEquals(truth.values().stream().mapToLong(c -> c.get("failed_logins")).sum(),
                report.getJsonNumber("failedLogins").longValue());

        for (Map.Entry<String, Map<String, Integer>> user : truth.entrySet()) {
            JsonObject stored = kiemtra.get("/api/adoption/mailboxes/" + user.getKey()
                    + "?from=2026-11-29&to=2026-11-29").json();
            Map<String, Integer> t = user.getValue();
            String who = user.getKey();
            assertEquals(t.get("imap_logins"), stored.getInt("imapLogins"), who);
            assertEquals(t.get("pop3_logins"), stored.getInt("pop3Logins"), who);
            assertEquals(t.get("failed_logins"), stored.getInt("failedLogins"), who);
            assertEquals(t.get("submitted"), stored.getInt("sent"), who);
            assertEquals(t.get("received"), stored.getInt("received"), who);
            assertEquals(t.get("active"), stored.getInt("activeDays"), who);
        }

        Api.Answer again = kiemtra.post("/api/adoption/imports?name=mail.log&month=2026-11", log,
                "application/octet-stream");
        JsonObject second = again.json();
        assertEquals(0, second.getJsonNumber("newEvents").longValue(), again.body());
        assertEquals(report.getJsonNumber("newEvents").longValue() + report.getJsonNumber("duplicateEvents").longValue(),
                second.getJsonNumber("duplicateEvents").longValue());
        JsonObject lan = kiemtra.get("/api/adoption/mailboxes/LanTT.snv@tphcm.gov.vn?from=2026-11-29&to=2026-11-29").json();
        assertEquals(truth.get("lantt.snv@tphcm.gov.vn").get("pop3_logins"), lan.getInt("pop3Logins"),
                "case-insensitive, and nothing counted twice");
    }

    @Test
    void aCompressedAndTruncatedCopyImportsUpToTheDamageAndCountsNothingTwice() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(log);
        }
        byte[] cut = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
        Api.Answer answer = Api.as("kiemtra", DEMO_PASSWORD).post("/api/adoption/imports?name=mail.log.1.gz&month=2026-11",
                cut, "application/gzip");
        assertEquals(200, answer.status(), answer.body());
        JsonObject report = answer.json();
        assertTrue(report.getBoolean("damaged"), answer.body());
        assertTrue(report.getJsonNumber("lines").longValue() < 1463);
        // Which file, and how far it was read, in the client's language, not only the library's exception.
        String said = report.getJsonArray("files").getJsonObject(0).getString("damageText");
        assertTrue(said.startsWith("Tệp mail.log.1.gz bị hỏng hoặc bị cắt cụt: đã nhập ") && said.contains(" dòng đầu"), said);
        JsonObject english = Api.as("kiemtra", DEMO_PASSWORD).inEnglish().post(
                "/api/adoption/imports?name=mail.log.1.gz&month=2026-11", cut, "application/gzip").json();
        assertTrue(english.getJsonArray("files").getJsonObject(0).getString("damageText")
                .startsWith("The file mail.log.1.gz is damaged or truncated"), english.toString());
        JsonObject lan = Api.as("kiemtra", DEMO_PASSWORD)
                .get("/api/adoption/mailboxes/lantt.snv@tphcm.gov.vn?from=2026-11-29&to=2026-11-29").json();
        assertEquals(truth.get("lantt.snv@tphcm.gov.vn").get("imap_logins"), lan.getInt("imapLogins"));
    }

    @Test
    void theWatchedFolderImportsADroppedLogAndMovesItToDone() throws Exception {
        Path inbox = Path.of(System.getProperty("jboss.home"), "standalone", "data", "maillog-inbox");
        Files.createDirectories(inbox);
        // Counted before the drop: on a database an earlier run filled, the mailbox already has logins that day.
        String mailbox = "/api/adoption/mailboxes/watched.folder@tphcm.gov.vn?from=2026-11-28&to=2026-11-28";
        int before = Api.as("kiemtra", DEMO_PASSWORD).get(mailbox).<JsonObject>json().getInt("imapLogins");
        String line = "Nov 28 09:15:02 mx2 dovecot: imap-login: Login: user=<Watched.Folder@tphcm.gov.vn>, method=PLAIN, "
                + "rip=10.0.0.7, lip=10.0.0.1, mpid=4242, secured, session=<watchedFolderIT" + System.nanoTime() + ">\n";
        Path dropped = inbox.resolve("mx2-" + System.nanoTime() + ".log");
        Files.writeString(dropped, line, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(dropped, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60)));

        Path done = inbox.resolve("done").resolve(dropped.getFileName());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.exists(done) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        assertTrue(Files.exists(done), "moved to done/ after import");
        JsonObject after = Api.as("kiemtra", DEMO_PASSWORD).get(mailbox).json();
        assertEquals(before + 1, after.getInt("imapLogins"), "the dropped login was counted: " + after);
    }

    @Test
    void aPdfIsRefusedWithTheReasonAndTheWatchedFolderMovesItAside() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of(System.getProperty("shared.dir", "../../shared"), "fixtures",
                "signatures", "docs", "congvan.pdf"));
        Api.Answer refused = Api.as("kiemtra", DEMO_PASSWORD).post("/api/adoption/imports?name=congvan.pdf", pdf,
                "application/octet-stream");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.<JsonObject>json().getString("detail").contains("không phải nhật ký máy chủ thư"),
                refused.body());
        Api.Answer inEnglish = Api.as("kiemtra", DEMO_PASSWORD).inEnglish()
                .post("/api/adoption/imports?name=congvan.pdf", pdf, "application/octet-stream");
        assertTrue(inEnglish.<JsonObject>json().getString("detail").contains("not a mail-server log"), inEnglish.body());

        Path inbox = Path.of(System.getProperty("jboss.home"), "standalone", "data", "maillog-inbox");
        Files.createDirectories(inbox);
        Path dropped = inbox.resolve("bao-cao-" + System.nanoTime() + ".log");
        Files.write(dropped, pdf);
        Files.setLastModifiedTime(dropped, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60)));
        Path reason = inbox.resolve("refused").resolve(dropped.getFileName() + ".reason.txt");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.exists(reason) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        assertTrue(Files.exists(reason), "moved to refused/ with its reason");
        assertFalse(Files.exists(dropped));
        assertTrue(Files.readString(reason).contains("PDF"));
    }

    @Test
    void aMonthTypedAsTheDashboardShowsItIsAccepted() throws Exception {
        Api.Answer imported = Api.as("kiemtra", DEMO_PASSWORD).post("/api/adoption/imports?name=mail.log&month=11/2026",
                log, "application/octet-stream");
        assertEquals(200, imported.status(), imported.body());
        Api.Answer figures = Api.as("kiemtra", DEMO_PASSWORD).get("/api/adoption/figures?month=11/2026");
        assertEquals(200, figures.status(), figures.body());
    }

    @Test
    void onlyAuditorsAndAdministratorsImportAndBadInputIsA400InTheReadersLanguage() throws Exception {
        Api.Answer clerk = Api.as("vanthu.sotttt", DEMO_PASSWORD).post("/api/adoption/imports", log,
                "application/octet-stream");
        assertEquals(403, clerk.status(), clerk.body());

        Api.Answer badMonth = Api.as("kiemtra", DEMO_PASSWORD).post("/api/adoption/imports?month=2026-13", log,
                "application/octet-stream");
        assertEquals(400, badMonth.status());
        assertTrue(badMonth.contentType().startsWith(PROBLEM));
        assertTrue(badMonth.<JsonObject>json().getString("detail").contains("không hợp lệ"), badMonth.body());

        Api.Answer empty = Api.as("kiemtra", DEMO_PASSWORD).inEnglish().post("/api/adoption/imports?name=x.log",
                new byte[0], "application/octet-stream");
        assertEquals(400, empty.status());
        assertTrue(empty.<JsonObject>json().getString("detail").contains("empty"), empty.body());
    }

    @Test
    void anAdministratorImportsOfficialsAndBadRowsAreReportedByLine() throws Exception {
        String csv = "email,full_name,agency_code,position,leadership,effective_from\n"
                + "nguyen.van.a@tphcm.gov.vn,Nguyễn Văn Á,000.00.13.H29,Phó Giám đốc,LEADER,2026-01-01\n"
                + "no-name@tphcm.gov.vn,,000.00.13.H29,Giám đốc,LEADER,\n"
                + "bad-agency@tphcm.gov.vn,Lê Bê,999.99.99.Z99,Giám đốc,LEADER,\n";
        Api.Answer answer = Api.as("quantri", DEMO_PASSWORD).post("/api/adoption/officials",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
        assertEquals(200, answer.status(), answer.body());
        JsonObject report = answer.json();
        assertEquals(1, report.getInt("added") + report.getInt("unchanged"));
        assertEquals(List.of(3, 4), report.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getInt("line")).toList());

        String exported = Api.as("kiemtra", DEMO_PASSWORD).get("/api/adoption/officials").body();
        assertTrue(exported.contains("nguyen.van.a@tphcm.gov.vn,Nguyễn Văn Á,000.00.13.H29"), exported);

        // A new position from a date ends the earlier posting the day before; the export lists both, with dates as
        // people write them, and importing the export again (an administrator's round trip) changes and refuses nothing.
        String promoted = "email,full_name,agency_code,position,leadership,effective_from\n"
                + "nguyen.van.a@tphcm.gov.vn,Nguyễn Văn Á,000.00.13.H29,Giám đốc,LEADER,16/11/2026\n";
        Api.Answer change = Api.as("quantri", DEMO_PASSWORD).post("/api/adoption/officials",
                promoted.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
        assertEquals(1, change.<JsonObject>json().getInt("changed"), change.body());
        String both = Api.as("kiemtra", DEMO_PASSWORD).get("/api/adoption/officials").body();
        assertTrue(both.contains("nguyen.van.a@tphcm.gov.vn,Nguyễn Văn Á,000.00.13.H29,Phó Giám đốc,LEADER,01/01/2026,15/11/2026\n"), both);
        assertTrue(both.contains("nguyen.van.a@tphcm.gov.vn,Nguyễn Văn Á,000.00.13.H29,Giám đốc,LEADER,16/11/2026,\n"), both);
        Api.Answer roundTrip = Api.as("quantri", DEMO_PASSWORD).post("/api/adoption/officials",
                both.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
        JsonObject again = roundTrip.json();
        assertEquals(0, again.getJsonArray("errors").size(), roundTrip.body());
        assertEquals(0, again.getInt("added") + again.getInt("changed"), roundTrip.body());
        // A posting before the stored ones is refused on its line, its date written as people write it.
        String earlier = "email,full_name,agency_code,position,leadership,effective_from\n"
                + "nguyen.van.a@tphcm.gov.vn,Nguyễn Văn Á,000.00.13.H29,Chuyên viên,NONE,01/06/2026\n";
        String refused = Api.as("quantri", DEMO_PASSWORD).post("/api/adoption/officials",
                earlier.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8").body();
        assertTrue(refused.contains("sau ngày 01/06/2026"), refused);
        assertEquals(403, Api.as("kiemtra", DEMO_PASSWORD).post("/api/adoption/officials",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv").status());
    }

    /** Per mailbox, truth.json's fields, {@code active} as 0 or 1 (the fixture spans one day). */
    static Map<String, Map<String, Integer>> readTruth(String json) {
        Map<String, Map<String, Integer>> users = new HashMap<>();
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            reader.readObject().getJsonObject("users").forEach((mailbox, fields) -> {
                Map<String, Integer> counts = new HashMap<>();
                fields.asJsonObject().forEach((name, value) -> counts.put(name, switch (value.getValueType()) {
                    case TRUE -> 1;
                    case FALSE -> 0;
                    default -> ((jakarta.json.JsonNumber) value).intValue();
                }));
                users.put(mailbox.toLowerCase(), counts);
            });
        }
        return users;
    }

    @Test
    void aLogLargerThanAnOrdinaryRequestIsImportedAndOneOverFourGigabytesIsRefusedWithTheReason() throws Exception {
        // 90 MB of lines that are not mail events: over the 84 MB of an ordinary request, so only the log upload's
        // own limit lets it in; every line is read and counted as skipped.
        byte[] line = "Nov 29 10:00:00 mail1 kernel: [12345.678] eth0: link up, 1000 Mbps, full duplex\n"
                .getBytes(StandardCharsets.US_ASCII);
        int lines = (90 << 20) / line.length;
        byte[] large = new byte[lines * line.length];
        for (int i = 0; i < lines; i++) {
            System.arraycopy(line, 0, large, i * line.length, line.length);
        }
        Api kiemtra = Api.as("kiemtra", DEMO_PASSWORD);
        Api.Answer imported = kiemtra.post("/api/adoption/imports?name=kernel.log&month=2026-11", large, "text/plain");
        assertEquals(200, imported.status(), imported.body());
        assertEquals(lines, imported.<JsonObject>json().getJsonNumber("lines").longValue());
        assertEquals(lines, imported.<JsonObject>json().getJsonNumber("skippedLines").longValue());

        Api.Answer refused = kiemtra.postDeclaringLength("/api/adoption/imports?name=huge.log", 5L << 30);
        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.<JsonObject>json().getString("detail").contains("thư mục theo dõi"), refused.body());
    }
}
