package vn.lienthong.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.mail.DemoMailboxContent;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webmail over HTTP against the demo mail server: only one's own mailbox, Vietnamese refusals, S/MIME verdicts,
 * safe downloads, and the policies that keep a message's HTML from running.
 */
@ExtendWith(ArquillianExtension.class)
class WebmailIT extends LienThongEar {

    private static final String LEADER_A = "lanhdao.sotttt";
    private static final String LEADER_B = "lanhdao.quan1";
    private static final String MAILBOX_A = LEADER_A + "@tphcm.gov.vn";
    private static final String MAILBOX_B = LEADER_B + "@tphcm.gov.vn";
    static final Path HOSTILE = Path.of("../ejb/src/test/resources/mail/hostile-html");

    @BeforeAll
    static void demoMailboxesFilled() throws Exception {
        assertTrue(WebmailClient.awaitFilledInbox(MAILBOX_A) >= 200);
        assertTrue(WebmailClient.awaitFilledInbox(MAILBOX_B) >= 200);
    }

    @Test
    void aMessageThatIsGoneIsSaidInThePagesLanguageNotTheBrowsers() throws Exception {
        WebmailClient a = WebmailClient.signIn(LEADER_A);
        assertEquals(200, a.open(LienThongEar.DEMO_PASSWORD, true).statusCode());
        // Office PCs often run an English browser; the page stays Vietnamese until English is chosen, and so must
        // the message a view action adds before the page renders.
        String page = a.get("/leader/mail/message.xhtml?folder=INBOX&uid=999999", "en-US,en;q=0.9").body();
        assertTrue(page.contains("Không tìm thấy thư số 999999"), page);
        assertTrue(page.contains("Hôm nay"), page);
        a.get("/leader/mail/index.xhtml?lang=en");
        assertTrue(a.get("/leader/mail/message.xhtml?folder=INBOX&uid=999999").body()
                .contains("Message 999999 is not in folder INBOX"));
    }

    @Test
    void aWrongMailboxPasswordIsSaidInVietnamese() throws Exception {
        WebmailClient a = WebmailClient.signIn(LEADER_A);
        HttpResponse<String> refused = a.open("khong-phai-mat-khau", true);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Không đăng nhập được hộp thư " + MAILBOX_A), refused.body());
        assertFalse(refused.body().contains("Exception"), refused.body());
        assertEquals(409, a.get("/api/mail/folders").statusCode(), "nothing is open after a refused login");
    }

    @Test
    void openingWithTheSessionCookieNeedsTheCsrfHeader() throws Exception {
        WebmailClient a = WebmailClient.signIn(LEADER_A);
        assertEquals(403, a.open(DEMO_PASSWORD, false).statusCode());
        assertEquals(409, a.get("/api/mail/folders").statusCode());
        // A machine client with HTTP Basic has no session to keep a mailbox in.
        Api.Answer basic = Api.as(LEADER_A, DEMO_PASSWORD).post("/api/mail/session", "{\"password\":\"" + DEMO_PASSWORD + "\"}");
        assertEquals(400, basic.status(), basic.body());
        assertTrue(basic.body().contains("phiên đăng nhập của trình duyệt"), basic.body());
    }

    @Test
    void aLeaderSeesTheirFoldersAndOnePageAtATime() throws Exception {
        WebmailClient a = opened(LEADER_A);
        JsonArray folders = a.get("/api/mail/folders").body().transform(WebmailIT::array);
        JsonObject inbox = folders.getJsonObject(0);
        assertEquals("INBOX", inbox.getString("fullName"));
        assertTrue(inbox.getInt("unread") > 0);
        assertTrue(folders.stream().anyMatch(f -> f.asJsonObject().getString("fullName").equals(DemoMailboxContent.ARCHIVE)));

        JsonObject page = WebmailClient.json(a.get("/api/mail/messages?folder=INBOX&page=2&size=20"));
        assertEquals(2, page.getInt("page"));
        assertEquals(20, page.getJsonArray("messages").size());
        assertEquals(inbox.getInt("total"), page.getInt("total"));
        // A page too large is refused with the largest one allowed, in the client's language.
        HttpResponse<String> tooLarge = a.get("/api/mail/messages?folder=INBOX&size=250");
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("từ 1 đến 200"), tooLarge.body());
        assertTrue(a.get("/api/mail/messages?folder=INBOX&size=250", "en").body().contains("between 1 and 200"));

        HttpResponse<String> list = a.get("/leader/mail/index.xhtml?folder=" + enc(DemoMailboxContent.ARCHIVE));
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Văn bản được giao cho tôi"), "the assigned-documents panel is on the page");
        String csp = list.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'self'") && csp.contains("base-uri 'self'"), csp);
    }

    @Test
    void leaderACanNeverReachLeaderBsMailbox() throws Exception {
        String secret = "Riêng lãnh đạo B " + UUID.randomUUID();
        WebmailClient.deliver(WebmailClient.html(MAILBOX_B, secret, "<p>" + secret + "</p>"));
        WebmailClient b = opened(LEADER_B);
        long uid = newest(b, "INBOX", secret);
        assertTrue(b.get("/api/mail/messages/" + uid + "?folder=INBOX").body().contains(secret));

        WebmailClient a = opened(LEADER_A);
        JsonObject opened = WebmailClient.json(a.open(DEMO_PASSWORD, true));
        assertEquals(MAILBOX_A, opened.getString("address"), "the mailbox comes from the directory, never the request");
        List<String> tampered = List.of(
                "/api/mail/messages/" + uid + "?folder=INBOX&mailbox=" + MAILBOX_B,
                "/api/mail/messages/" + uid + "?folder=" + enc("#mail." + MAILBOX_B + ".INBOX"),
                "/api/mail/messages/" + uid + "?folder=" + enc("../" + MAILBOX_B + "/INBOX"),
                "/api/mail/messages?folder=" + enc("#mail." + MAILBOX_B + ".INBOX"),
                "/api/mail/messages?folder=" + enc("#user." + LEADER_B + ".INBOX"),
                "/leader/mail/message.xhtml?folder=INBOX&uid=" + uid + "&mailbox=" + MAILBOX_B,
                "/leader/mail/part/body?folder=INBOX&uid=" + uid + "&mailbox=" + MAILBOX_B,
                "/leader/mail/part/body?folder=" + enc("#mail." + MAILBOX_B + ".INBOX") + "&uid=" + uid);
        for (String path : tampered) {
            HttpResponse<String> answer = a.get(path);
            assertFalse(answer.body().contains(secret), path + " showed B's message");
        }
        for (JsonValue folder : a.get("/api/mail/folders").body().transform(WebmailIT::array)) {
            String name = folder.asJsonObject().getString("fullName");
            assertFalse(name.contains(LEADER_B), "A's folder list shows " + name);
        }
        // Nothing in A's whole INBOX is B's message, whatever the UID.
        JsonObject all = WebmailClient.json(a.get("/api/mail/messages?folder=INBOX&size=200&page=1"));
        for (int p = 1; p <= (all.getInt("total") + 199) / 200; p++) {
            String page = a.get("/api/mail/messages?folder=INBOX&size=200&page=" + p).body();
            assertFalse(page.contains(secret));
        }
        // A clerk has no webmail at all.
        assertEquals(403, WebmailClient.signIn("vanthu.sotttt").open(DEMO_PASSWORD, true).statusCode());
    }

    @Test
    void theSignedMessageIsValidAndTheTamperedOneInvalid() throws Exception {
        WebmailClient a = opened(LEADER_A);
        JsonObject signed = message(a, "INBOX", newest(a, "INBOX", DemoMailboxContent.SIGNED_SUBJECT));
        JsonObject tampered = message(a, "INBOX", newest(a, "INBOX", DemoMailboxContent.TAMPERED_SUBJECT));

        assertEquals("VALID", signed.getJsonObject("smime").getString("signature"));
        // The demo trusts its own demo CA when no anchors are configured, so the demo shows the green tick.
        assertEquals("TRUSTED", signed.getJsonObject("smime").getString("trust"), signed.toString());
        assertFalse(signed.getJsonObject("smime").getJsonObject("signer").getString("name").isBlank());
        assertEquals("INVALID", tampered.getJsonObject("smime").getString("signature"));
        // Why, in the client's language like the rest of the API, with a reason for machines.
        assertEquals("CONTENT_CHANGED", tampered.getJsonObject("smime").getString("reason"));
        assertEquals("Nội dung thư đã bị thay đổi sau khi ký.", tampered.getJsonObject("smime").getString("problem"));
        long tamperedUid = newest(a, "INBOX", DemoMailboxContent.TAMPERED_SUBJECT);
        HttpResponse<String> english = a.get("/api/mail/messages/" + tamperedUid + "?folder=INBOX", "en");
        assertEquals("The content changed after signing.",
                WebmailClient.json(english).getJsonObject("smime").getString("problem"), english.body());

        String page = a.get("/leader/mail/message.xhtml?folder=INBOX&uid="
                + newest(a, "INBOX", DemoMailboxContent.TAMPERED_SUBJECT)).body();
        assertTrue(page.contains("Chữ ký số KHÔNG hợp lệ"), "the tampered message says so in Vietnamese");
        assertTrue(page.contains("Nội dung thư đã bị thay đổi sau khi ký."), "and says why");
    }

    @Test
    void attachmentsDownloadAsAttachmentsWithASafeName() throws Exception {
        String subject = "Tờ trình kèm tệp " + UUID.randomUUID();
        // No line breaks: a part declared as text travels with CRLF line ends, which would change the bytes.
        byte[] pdf = "%PDF-1.4 1 0 obj<<>>endobj trailer<<>> %%EOF".getBytes(StandardCharsets.US_ASCII);
        MimeMessage message = new MimeMessage(WebmailClient.mailSession());
        message.setFrom(new InternetAddress("vanthu.sotc@tphcm.gov.vn"));
        message.setRecipients(Message.RecipientType.TO, MAILBOX_A);
        message.setSubject(subject, "UTF-8");
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính trình.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        // Declared as HTML on purpose: the download must still never be served as a page.
        file.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(pdf, "text/html")));
        file.setFileName(jakarta.mail.internet.MimeUtility.encodeText("../../Tờ trình \"số 1\".pdf", "UTF-8", "B"));
        file.setDisposition("attachment");
        mixed.addBodyPart(text);
        mixed.addBodyPart(file);
        message.setContent(mixed);
        WebmailClient.deliver(message);

        WebmailClient a = opened(LEADER_A);
        long uid = newest(a, "INBOX", subject);
        JsonObject view = message(a, "INBOX", uid);
        String part = view.getJsonArray("attachments").getJsonObject(0).getString("partPath");
        HttpResponse<byte[]> download = a.bytes("/leader/mail/part/attachment?folder=INBOX&uid=" + uid + "&part=" + part);

        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/octet-stream", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
        assertFalse(disposition.contains("..") || disposition.contains("/"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh"), disposition);
        assertEquals(400, a.bytes("/leader/mail/part/attachment?folder=INBOX&uid=" + uid + "&part=../1").statusCode());
    }

    @Test
    void hostileBodiesComeBackSanitisedInsideALockedDownDocument() throws Exception {
        WebmailClient a = opened(LEADER_A);
        List<Path> corpus;
        try (Stream<Path> files = Files.list(HOSTILE)) {
            corpus = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(corpus.size() >= 30, "the hostile corpus is all there: " + corpus.size());
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (Path file : corpus) {
            WebmailClient.deliver(WebmailClient.html(MAILBOX_A, "Hostile " + run + " " + file.getFileName(), Files.readString(file)));
        }
        List<String> failures = new ArrayList<>();
        for (Path file : corpus) {
            long uid = newest(a, "INBOX", "Hostile " + run + " " + file.getFileName());
            HttpResponse<String> body = a.get("/leader/mail/part/body?folder=INBOX&uid=" + uid);
            String csp = body.headers().firstValue("Content-Security-Policy").orElse("");
            String document = body.body().toLowerCase();
            String html = document.substring(document.indexOf("<body>")); // the frame's own head is ours
            if (body.statusCode() != 200 || !csp.startsWith("default-src 'none'") || !csp.contains("sandbox")
                    || csp.contains("allow-scripts") || csp.contains("script-src")) {
                failures.add(file.getFileName() + ": policy " + csp);
            }
            // Text is escaped, so "<name" only ever matches a real element; attributes are looked for inside tags.
            for (String element : List.of("<script", "<meta", "<base", "<iframe", "<object", "<embed", "<form",
                    "<link", "<svg", "<math", "<style", "<noscript", "<template")) {
                if (html.contains(element)) {
                    failures.add(file.getFileName() + ": " + element);
                }
            }
            java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<[a-z][^>]*>").matcher(html);
            while (tag.find()) {
                if (tag.group().matches("(?s).*\\son[a-z]+\\s*=.*")) {
                    failures.add(file.getFileName() + ": handler in " + tag.group());
                }
                for (String attribute : List.of("javascript:", "vbscript:", "data:text", "srcdoc", "formaction",
                        "expression(", "behavior", "url(")) {
                    if (tag.group().contains(attribute)) {
                        failures.add(file.getFileName() + ": " + tag.group());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aLeaderWithACertificateSignsFromComposeAndTheSentCopyVerifies() throws Exception {
        String subject = "Ý kiến chỉ đạo (ký số) " + UUID.randomUUID().toString().substring(0, 8);
        // The leader's key and certificate as an operator would add them (decision 033): keytool, alias = address.
        Path keystore = Files.createTempFile("leaders-", ".p12");
        Files.delete(keystore);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", MAILBOX_A, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-dname", "CN=Duong Thu Trang, O=So Thong tin va Truyen thong, C=VN", "-ext", "san=email:" + MAILBOX_A,
                "-ext", "eku=emailProtection", "-validity", "30", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "kho-khoa", "-keypass", "kho-khoa").redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), said);
        WebmailClient a = opened(LEADER_A);
        WebmailClient b = opened(LEADER_B);
        assertFalse(a.get("/leader/mail/compose.xhtml").body().contains("Ký số S/MIME"), "no keystore: no box");
        try {
            serverProperty("lienthong.mail.smime.keystore", keystore.toString());
            serverProperty("lienthong.mail.smime.keystore-password", "kho-khoa");
            assertTrue(a.get("/leader/mail/compose.xhtml").body().contains("Ký số S/MIME"));
            assertFalse(b.get("/leader/mail/compose.xhtml").body().contains("Ký số S/MIME"), "B has no certificate");

            HttpResponse<String> sent = a.submit("/leader/mail/compose.xhtml", "compose", "compose:send", java.util.Map.of(
                    "compose:to", "vanthu.sotttt@tphcm.gov.vn", "compose:cc", "", "compose:bcc", "",
                    "compose:subject", subject, "compose:text", "Đồng ý phương án, đề nghị triển khai.",
                    "compose:sign_input", "on"));
            assertEquals(302, sent.statusCode(), sent.body());
            JsonObject copy = message(a, "Sent", newest(a, "Sent", subject));
            assertEquals("VALID", copy.getJsonObject("smime").getString("signature"), copy.toString());
            assertEquals("Duong Thu Trang", copy.getJsonObject("smime").getJsonObject("signer").getString("name"));
        } finally {
            serverProperty("lienthong.mail.smime.keystore", "");
            serverProperty("lienthong.mail.smime.keystore-password", "");
            Files.deleteIfExists(keystore);
        }
    }

    /** Sets a system property of the running server, as config/30-mail.cli would, through the management API. */
    private static void serverProperty(String name, String value) throws Exception {
        try (org.jboss.as.controller.client.ModelControllerClient client = org.jboss.as.controller.client.ModelControllerClient.Factory
                .create("localhost", Integer.getInteger("it.management.port", 9990))) {
            org.jboss.dmr.ModelNode operation = new org.jboss.dmr.ModelNode();
            operation.get("operation").set("write-attribute");
            operation.get("address").add("system-property", name);
            operation.get("name").set("value");
            operation.get("value").set(value);
            org.jboss.dmr.ModelNode result = client.execute(operation);
            assertEquals("success", result.get("outcome").asString(), result.toString());
        }
    }

    // --- helpers ---

    static WebmailClient opened(String username) throws Exception {
        WebmailClient client = WebmailClient.signIn(username);
        HttpResponse<String> open = client.open(DEMO_PASSWORD, true);
        assertEquals(200, open.statusCode(), open.body());
        return client;
    }

    /** The UID of the newest message in the first page whose subject is the one given. */
    static long newest(WebmailClient client, String folder, String subject) throws Exception {
        for (int attempt = 0; attempt < 40; attempt++) {
            JsonObject page = WebmailClient.json(client.get("/api/mail/messages?size=200&folder=" + enc(folder)));
            for (JsonValue m : page.getJsonArray("messages")) {
                if (m.asJsonObject().getString("subject").equals(subject)) {
                    return m.asJsonObject().getJsonNumber("uid").longValue();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no message \"" + subject + "\" in " + folder);
    }

    static JsonObject message(WebmailClient client, String folder, long uid) throws Exception {
        HttpResponse<String> answer = client.get("/api/mail/messages/" + uid + "?folder=" + enc(folder));
        assertEquals(200, answer.statusCode(), answer.body());
        return WebmailClient.json(answer);
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonArray array(String body) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readArray();
        }
    }
}
