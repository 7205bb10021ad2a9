package vn.lienthong.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser session against the webmail, with the raw answers (headers included), and the demo mail
 * server reached directly over SMTP and IMAP to put messages in and to wait for the demo mailboxes.
 */
final class WebmailClient {

    final HttpClient http;

    private WebmailClient(HttpClient http) {
        this.http = http;
    }

    /** Form login as a person would, so that later calls carry only the session cookie. */
    static WebmailClient signIn(String username) throws IOException, InterruptedException {
        WebmailClient client = new WebmailClient(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build());
        client.get("/index.xhtml");
        HttpResponse<String> login = client.http.send(HttpRequest.newBuilder(URI.create(LienThongEar.BASE + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password=" + LienThongEar.DEMO_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302) {
            throw new IllegalStateException("form login failed: " + login.statusCode());
        }
        return client;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(LienThongEar.BASE + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A page as a browser set to another language asks for it. */
    HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(LienThongEar.BASE + path)).timeout(Duration.ofSeconds(60))
                        .header("Accept-Language", acceptLanguage).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(LienThongEar.BASE + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Submits a Faces form as its button would: the page's own fields (view state included), those given, and the
     * button, as multipart/form-data (the compose form is multipart for its file field, sent here empty).
     */
    HttpResponse<String> submit(String pagePath, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        String page = get(pagePath).body();
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(page);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!form.find() || !state.find()) {
            throw new IllegalStateException("no form " + formId + " on " + pagePath);
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.put("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&"));
        all.putAll(fields);
        all.put(button, button);
        String boundary = "----lienthong" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        all.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(formId).append(":upload\"; filename=\"\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n\r\n")
                .append("--").append(boundary).append("--\r\n");
        String action = form.group(1).replace("&amp;", "&");
        URI target = URI.create(LienThongEar.BASE).resolve(action);
        return http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Opens the mailbox through the API (the page does the same through its form). */
    HttpResponse<String> open(String password, boolean withCsrfHeader) throws IOException, InterruptedException {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(LienThongEar.BASE + "/api/mail/session"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("password", password).build().toString()));
        if (withCsrfHeader) {
            post.header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    // --- the demo mail server, directly ---

    static Session mailSession() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(LienThongEar.SMTP_PORT));
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", String.valueOf(LienThongEar.IMAP_PORT));
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "60000");
        return Session.getInstance(props);
    }

    /** Delivers over SMTP, as another agency's server would. */
    static void deliver(MimeMessage message) throws MessagingException {
        Transport.send(message);
    }

    static MimeMessage html(String to, String subject, String html) throws MessagingException {
        MimeMessage message = new MimeMessage(mailSession());
        message.setFrom(new InternetAddress("vanthu.sotc@tphcm.gov.vn"));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setText(html, "UTF-8", "html");
        return message;
    }

    /** The demo fills leaders' mailboxes in the background after deployment: wait until it is done. */
    static int awaitFilledInbox(String address) throws MessagingException, InterruptedException {
        try (Store store = mailSession().getStore("imap")) {
            store.connect(address, LienThongEar.DEMO_PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            int count = 0;
            for (int i = 0; i < 240 && count < 200; i++) {
                inbox.open(Folder.READ_ONLY);
                count = inbox.getMessageCount();
                inbox.close(false);
                if (count < 200) {
                    Thread.sleep(500);
                }
            }
            return count;
        }
    }
}
