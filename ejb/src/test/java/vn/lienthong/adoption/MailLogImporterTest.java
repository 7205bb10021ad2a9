package vn.lienthong.adoption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailLogImporterTest {

    static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");
    static final YearMonth FIXTURE_MONTH = YearMonth.of(2026, 11);

    static Path fixtures;
    static Set<Mailbox> officials;
    static Map<String, Map<String, Integer>> truth;

    @BeforeAll
    static void readFixtures() throws IOException {
        String shared = System.getProperty("shared.dir", "../../shared");
        fixtures = Path.of(shared, "fixtures", "maillog");
        officials = Files.readAllLines(fixtures.resolve("users.csv")).stream().skip(1)
                .map(line -> Mailbox.of(line.substring(0, line.indexOf(','))))
                .collect(Collectors.toSet());
        truth = readTruth(Files.readString(fixtures.resolve("truth.json")));
    }

    @Test
    void realLogsGiveExactlyTheTruthsCounts() {
        MailLogImport result = importAll(MailLogSource.of(fixtures.resolve("mail.log"), FIXTURE_MONTH));

        assertEquals(truth.keySet(), perMailbox(result).keySet());
        perMailbox(result).forEach((mailbox, counts) ->
                assertEquals(truth.get(mailbox), counts, () -> "counts of " + mailbox));
        assertFalse(result.damaged());
        assertEquals(0, result.unconfirmedSubmissions());
    }

    @Test
    void noiseIsSkippedAndCountedNeverLost() {
        MailLogImport result = importAll(MailLogSource.of(fixtures.resolve("mail.log"), FIXTURE_MONTH));
        ImportedFile file = result.files().get(0);

        assertEquals(1463, file.lines());
        assertEquals(0, file.unreadableLines());
        assertTrue(file.skippedLines() > 400, "warnings, connects, rejects and chatter are skipped");
        assertTrue(file.skippedLines() < file.lines());
    }

    @Test
    void importingTheSameFileTwiceCountsNothingTwice() {
        List<UsageEvent> stored = new ArrayList<>();
        MailLogImporter importer = new MailLogImporter(SAIGON, officials::contains, stored::add);
        MailLogSource log = MailLogSource.of(fixtures.resolve("mail.log"), FIXTURE_MONTH);

        ImportedFile first = importer.importLog(log);
        ImportedFile second = importer.importLog(log);

        assertEquals(0, second.newEvents());
        // Postfix's status=sent and Dovecot's "saved mail" are one delivery: duplicates already within the first run.
        assertEquals(198, first.duplicateEvents());
        assertEquals(first.newEvents() + first.duplicateEvents(), second.duplicateEvents());
        assertEquals(first.newEvents(), stored.size());
        assertEquals(stored.size(), stored.stream().map(UsageEvent::id).distinct().count());
        assertEquals(truth, perMailbox(importer.result()));
    }

    @Test
    void theEventsAStoreReceivesTallyToTheImportersDays() {
        List<UsageEvent> stored = new ArrayList<>();
        MailLogImporter importer = new MailLogImporter(SAIGON, officials::contains, stored::add);
        importer.importLog(MailLogSource.of(fixtures.resolve("mail.log"), FIXTURE_MONTH));

        assertEquals(importer.result().days(), MailboxDay.tally(stored, SAIGON));
    }

    @Test
    void overlappingRotatedFilesCountEachEventOnce() throws IOException {
        List<String> lines = Files.readAllLines(fixtures.resolve("mail.log"));
        byte[] older = join(lines.subList(0, 900));
        byte[] newer = join(lines.subList(600, lines.size()));

        MailLogImport result = importAll(bytes("mail.log.1", older), bytes("mail.log", newer));

        assertEquals(truth, perMailbox(result));
        assertTrue(result.duplicateEvents() > 0);
    }

    @Test
    void aGzipCopyIsRecognisedByContentAndGivesTheSameResult(@TempDir Path dir) throws IOException {
        Path rotated = dir.resolve("mail.log.2"); // no .gz: logrotate's delaycompress renames before compressing
        Files.write(rotated, gzip(Files.readAllBytes(fixtures.resolve("mail.log"))));

        MailLogImport result = importAll(MailLogSource.of(rotated, FIXTURE_MONTH));

        assertEquals(truth, perMailbox(result));
        assertFalse(result.damaged());
    }

    @Test
    void aTruncatedGzipImportsUpToTheDamageAndReportsIt() throws IOException {
        byte[] whole = gzip(Files.readAllBytes(fixtures.resolve("mail.log")));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        MailLogImport result = importAll(bytes("mail.log.3.gz", cut));
        ImportedFile file = result.files().get(0);

        assertTrue(file.damaged(), "the damage is reported");
        assertTrue(file.lines() > 100 && file.lines() < 1463, "lines up to the damage: " + file.lines());
        assertTrue(file.newEvents() > 50);
        assertEquals(file.newEvents(), result.days().stream()
                .mapToLong(d -> d.logins() + d.failedLogins() + d.messagesSent() + d.messagesReceived()).sum()
                + result.newEventsByKind().getOrDefault(UsageEventKind.LOGOUT, 0L));
    }

    @Test
    void garbageIsReportedAsUnreadableNotThrown() {
        byte[] garbage = new byte[10_000];
        new java.util.Random(7).nextBytes(garbage);

        MailLogImport result = importAll(bytes("not-a-log.bin", garbage));

        assertEquals(0, result.newEvents());
        assertTrue(result.files().get(0).unreadableLines() > 0);
    }

    @Test
    void anOverlongLineIsSkippedWithoutLosingTheNext() {
        String login = "Nov 29 08:00:00 vm dovecot: imap-login: Login: user=<a@b.vn>, method=PLAIN, session=<s1>";
        MailLogImport result = importAll(bytes("overlong", join(List.of("x".repeat(3_000_000), login))));

        assertEquals(1, result.newEvents());
    }

    @Test
    void mailboxesUnknownToTheDirectoryAreReportedNotDropped() {
        MailLogImport result = importAll(MailLogSource.of(fixtures.resolve("mail.log"), FIXTURE_MONTH));

        assertEquals(Set.of(Mailbox.of("hadt.snv@tphcm.gov.vn"), Mailbox.of("trangnh.sotttt@tphcm.gov.vn")),
                result.unknownMailboxes().keySet());
        assertTrue(result.days().stream().anyMatch(d -> d.mailbox().address().equals("hadt.snv@tphcm.gov.vn")));
    }

    @Test
    void rfc3339TimestampsParseToTheSameEvents() throws IOException {
        List<String> classic = Files.readAllLines(fixtures.resolve("mail.log"));
        List<String> rfc = classic.stream()
                .map(line -> "2026-11-29T" + line.substring(7, 15) + ".123456+07:00" + line.substring(15))
                .toList();
        MailLogImporter importer = new MailLogImporter(SAIGON, officials::contains, e -> { });

        importer.importLog(bytes("rfc3339.log", join(rfc)));
        assertEquals(truth, perMailbox(importer.result()));

        ImportedFile again = importer.importLog(MailLogSource.of(fixtures.resolve("mail.log"), FIXTURE_MONTH));
        assertEquals(0, again.newEvents(), "the same line in either format is the same event");
    }

    @Test
    void rfc3339OffsetsAreHonoured() {
        List<UsageEvent> events = new ArrayList<>();
        String line = "2026-03-02T01:15:01.5Z mail2 dovecot: imap-login: Login: user=<A@B.VN>, method=PLAIN, "
                + "rip=10.0.0.1, lip=10.0.0.2, mpid=1, secured, session=<abc>";

        new MailLogImporter(SAIGON, m -> true, events::add).importLog(bytes("x", join(List.of(line))));

        assertEquals(Instant.parse("2026-03-02T01:15:01Z"), events.get(0).instant());
        assertEquals("a@b.vn", events.get(0).mailbox().address());
        assertEquals("mail2", events.get(0).host());
        assertEquals(ClientKind.IMAP, events.get(0).client());
    }

    @Test
    void aClassicFileRunningIntoJanuaryMovesToTheNextYear() {
        List<UsageEvent> events = new ArrayList<>();
        List<String> lines = List.of(
                "Dec 31 23:59:59 vm dovecot: imap-login: Login: user=<a@b.vn>, method=PLAIN, session=<s1>",
                "Jan  1 00:00:01 vm dovecot: pop3-login: Login: user=<a@b.vn>, method=PLAIN, session=<s2>");
        MailLogImporter importer = new MailLogImporter(SAIGON, m -> true, events::add);

        importer.importLog(new MailLogSource("rollover", () -> new ByteArrayInputStream(join(lines)),
                YearMonth.of(2026, 12)));

        assertEquals(LocalDate.of(2026, 12, 31), LocalDate.ofInstant(events.get(0).instant(), SAIGON));
        assertEquals(LocalDate.of(2027, 1, 1), LocalDate.ofInstant(events.get(1).instant(), SAIGON));
        assertEquals(List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)),
                importer.result().days().stream().map(MailboxDay::day).toList());
    }

    @Test
    void sameSessionOnAnotherServerIsAnotherEvent() {
        String login = " dovecot: imap-login: Login: user=<a@b.vn>, method=PLAIN, session=<s1>";
        MailLogImport result = importAll(bytes("two-hosts",
                join(List.of("Nov 29 08:00:00 mx1" + login, "Nov 29 08:00:00 mx2" + login))));

        assertEquals(2, result.newEvents());
    }

    @Test
    void identitiesAreDecision005sHashOfTheDistinguishingFields() throws Exception {
        // Stored ids must never change, or a file imported before a change would count again after it: rebuild
        // them here from the documented layout (kind, then each field length-prefixed, seconds as eight bytes).
        String guid = "tUkMMPqBC2ulOAAAg+zDdQ";
        List<UsageEvent> events = new ArrayList<>();
        MailLogImporter importer = new MailLogImporter(SAIGON, officials::contains, events::add);
        importer.importLog(bytes("identities", join(List.of(
                "Nov 29 08:00:00 mx1 dovecot: imap-login: Login: user=<LanBM.snv@tphcm.gov.vn>, method=PLAIN, "
                        + "session=<IM4WWGBh0oR/AAAB>",
                "Nov 29 08:00:01 mx1 postfix/submission/smtpd[1]: C14FE170678: client=localhost[127.0.0.1], "
                        + "sasl_method=PLAIN, sasl_username=lanbm.snv@tphcm.gov.vn",
                "Nov 29 08:00:01 mx1 postfix/qmgr[2]: C14FE170678: from=<lanbm.snv@tphcm.gov.vn>, size=1, nrcpt=1",
                "Nov 29 08:00:02 mx1 dovecot: lmtp(lanbm.snv@tphcm.gov.vn)<3><" + guid + ">: msgid=<m@x>: saved "
                        + "mail to INBOX",
                "Nov 29 08:00:03 mx1 postfix/lmtp[4]: C14FE170678: to=<lanbm.snv@tphcm.gov.vn>, relay=x, "
                        + "dsn=2.0.0, status=sent (250 2.0.0 <lanbm.snv@tphcm.gov.vn> " + guid + " Saved)"))));
        long at = java.time.LocalDateTime.of(2026, 11, 29, 8, 0).atZone(SAIGON).toEpochSecond();

        assertEquals(List.of(
                documentedId(UsageEventKind.IMAP_LOGIN, "mx1", at, "lanbm.snv@tphcm.gov.vn", "IM4WWGBh0oR/AAAB"),
                documentedId(UsageEventKind.MESSAGE_SUBMITTED, "mx1", at + 1, "lanbm.snv@tphcm.gov.vn",
                        "C14FE170678"),
                documentedId(UsageEventKind.MESSAGE_RECEIVED, null, 0, null, guid)),
                events.stream().map(UsageEvent::id).toList());
        assertEquals(1, importer.result().files().get(0).duplicateEvents()); // Postfix's line of the delivery
    }

    /** SHA-256 over decision 005's fields, first 128 bits; a delivery has only its kind and GUID. */
    private static UsageEventId documentedId(UsageEventKind kind, String host, long second, String mailbox,
                                             String distinguishing) throws Exception {
        java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream fields = new java.io.DataOutputStream(in);
        fields.writeByte(kind.ordinal());
        if (host != null) {
            fields.writeShort(host.length());
            fields.writeBytes(host);
            fields.writeLong(second);
            fields.writeShort(mailbox.length());
            fields.writeBytes(mailbox);
        }
        fields.writeShort(distinguishing.length());
        fields.writeBytes(distinguishing);
        java.nio.ByteBuffer digest = java.nio.ByteBuffer.wrap(
                java.security.MessageDigest.getInstance("SHA-256").digest(in.toByteArray()));
        return new UsageEventId(digest.getLong(), digest.getLong());
    }

    @Test
    void aMessageWhoseOnlyRecipientWasRefusedWasNeverSubmitted() {
        MailLogImport result = importAll(bytes("refused", join(List.of(
                "Nov 29 08:00:00 vm postfix/submission/smtpd[1]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: "
                        + "550 5.1.1 <x@b.vn>: Recipient address rejected; from=<a@b.vn> to=<x@b.vn> proto=ESMTP"))));

        assertEquals(0, result.newEvents());
        assertEquals(1, result.skippedLines());
    }

    @Test
    void aSubmissionIsCountedOnceHoweverManyRecipients() {
        MailLogImport result = importAll(bytes("three-recipients", join(List.of(
                "Nov 29 08:00:00 vm postfix/submission/smtpd[1]: ABCDE12345: client=x[1.2.3.4], sasl_method=PLAIN, "
                        + "sasl_username=A@b.vn",
                "Nov 29 08:00:00 vm postfix/qmgr[2]: ABCDE12345: from=<a@b.vn>, size=600, nrcpt=3 (queue active)",
                "Nov 29 08:00:01 vm postfix/smtp[3]: ABCDE12345: to=<p@q.vn>, relay=q.vn[1.1.1.1]:25, status=sent",
                "Nov 29 08:00:01 vm postfix/smtp[3]: ABCDE12345: to=<r@q.vn>, relay=q.vn[1.1.1.1]:25, status=sent",
                "Nov 29 08:00:01 vm postfix/qmgr[2]: ABCDE12345: removed"))));

        assertEquals(Map.of(UsageEventKind.MESSAGE_SUBMITTED, 1L), result.newEventsByKind());
        assertEquals(1, result.days().get(0).messagesSent());
    }

    @Test
    void parsingOnTwoThreadsInTinyChunksGivesTheSameEventsInTheSameOrder() throws Exception {
        List<String> lines = Files.readAllLines(fixtures.resolve("mail.log"));
        byte[] whole = Files.readAllBytes(fixtures.resolve("mail.log"));
        // Tiny chunks put a boundary between nearly every smtpd line and its qmgr confirmation.
        MailLogSource[] sources = {bytes("mail.log.1", join(lines.subList(0, 900))),
                bytes("mail.log", join(lines.subList(600, lines.size()))), bytes("mail.log.gz", gzip(whole)),
                bytes("mail.log.3.gz", Arrays.copyOf(gzip(whole), gzip(whole).length / 2))};
        List<UsageEvent> alone = new ArrayList<>();
        MailLogImporter one = new MailLogImporter(SAIGON, officials::contains, alone::add);
        List<UsageEvent> together = new ArrayList<>();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            MailLogImporter two = new MailLogImporter(SAIGON, officials::contains, together::add, threads, 2, 300);
            for (MailLogSource source : sources) {
                assertEquals(one.importLog(source), two.importLog(source), source.name());
            }
            assertEquals(alone, together);
            assertEquals(one.result(), two.result());
            assertEquals(truth, perMailbox(two.result()));
            assertTrue(two.result().file("mail.log.3.gz").orElseThrow().damaged());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aMappedFileGivesWhatItsStreamGivesInTheSameOrderAndReportsItsProgress(@TempDir Path dir) throws Exception {
        // Chunk boundaries everywhere, a line longer than a chunk (kept), an overlong one (skipped, as when streamed)
        // and a last line without its newline.
        List<String> lines = new ArrayList<>(Files.readAllLines(fixtures.resolve("mail.log")));
        lines.add(700, "Nov 29 08:00:00 vm postfix/smtpd[1]: warning: " + "y".repeat(1_000));
        lines.add(701, "x".repeat(3_000_000));
        byte[] content = join(lines);
        content = Arrays.copyOf(content, content.length - 1);
        Path file = dir.resolve("mail.log");
        Files.write(file, content);
        long[] progress = {-1};
        List<UsageEvent> streamed = new ArrayList<>();
        List<UsageEvent> mapped = new ArrayList<>();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            byte[] copy = content;
            MailLogImporter one = new MailLogImporter(SAIGON, officials::contains, streamed::add);
            MailLogImporter two = new MailLogImporter(SAIGON, officials::contains, mapped::add, threads, 2, 300);
            ImportedFile fromStream = one.importLog(new MailLogSource("mail.log", () -> new ByteArrayInputStream(copy),
                    FIXTURE_MONTH));
            ImportedFile fromMapping = two.importLog(MailLogSource.of("mail.log", file, FIXTURE_MONTH,
                    n -> progress[0] = n));

            assertEquals(fromStream, fromMapping);
            assertEquals(lines.size() - 1, fromMapping.lines(), "every line but the overlong one");
            assertEquals(streamed, mapped);
            assertEquals(one.result(), two.result());
            assertEquals(truth, perMailbox(two.result()));
            assertEquals(content.length, progress[0]);
        } finally {
            threads.shutdownNow();
        }
    }

    // --- helpers

    private static MailLogImport importAll(MailLogSource... sources) {
        MailLogImporter importer = new MailLogImporter(SAIGON, officials::contains, e -> { });
        for (MailLogSource source : sources) {
            importer.importLog(source);
        }
        return importer.result();
    }

    /** Per mailbox, the truth's fields; {@code active} as the number of active days (truth's boolean, one day). */
    private static Map<String, Map<String, Integer>> perMailbox(MailLogImport result) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (MailboxDay day : result.days()) {
            Map<String, Integer> c = counts.computeIfAbsent(day.mailbox().address(), m -> new HashMap<>(Map.of(
                    "imap_logins", 0, "pop3_logins", 0, "failed_logins", 0, "submitted", 0, "received", 0,
                    "active", 0)));
            c.merge("imap_logins", day.imapLogins(), Integer::sum);
            c.merge("pop3_logins", day.pop3Logins(), Integer::sum);
            c.merge("failed_logins", day.failedLogins(), Integer::sum);
            c.merge("submitted", day.messagesSent(), Integer::sum);
            c.merge("received", day.messagesReceived(), Integer::sum);
            c.merge("active", day.active() ? 1 : 0, Integer::sum);
        }
        return counts;
    }

    /** truth.json is flat: {"users": {"addr": {"field": number|true|false, …}, …}}; no JSON library needed. */
    private static Map<String, Map<String, Integer>> readTruth(String json) {
        Map<String, Map<String, Integer>> users = new HashMap<>();
        Matcher user = Pattern.compile("\"([^\"]+@[^\"]+)\"\\s*:\\s*\\{([^}]*)}").matcher(json);
        while (user.find()) {
            Map<String, Integer> fields = new HashMap<>();
            Matcher field = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\\w+)").matcher(user.group(2));
            while (field.find()) {
                String value = field.group(2);
                fields.put(field.group(1), switch (value) {
                    case "true" -> 1;
                    case "false" -> 0;
                    default -> Integer.parseInt(value);
                });
            }
            users.put(user.group(1).toLowerCase(), fields);
        }
        return users;
    }

    private static MailLogSource bytes(String name, byte[] content) {
        return new MailLogSource(name, () -> new ByteArrayInputStream(content), FIXTURE_MONTH);
    }

    private static byte[] join(List<String> lines) {
        return lines.stream().map(l -> l + "\n").collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
