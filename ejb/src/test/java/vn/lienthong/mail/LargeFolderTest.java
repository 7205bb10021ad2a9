package vn.lienthong.mail;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A leader's 10,000-message inbox: opening it must fetch the visible page's headers and nothing else. */
class LargeFolderTest {

    private static final int MESSAGES = 10_000;
    private static final Pattern FETCH_RESPONSE = Pattern.compile("^\\* (\\d+) FETCH", Pattern.MULTILINE);
    private static MailServerFixture server;
    private static GreenMailUser leader;

    @BeforeAll
    static void fillInbox() throws Exception {
        server = new MailServerFixture();
        leader = server.newLeader();
        Session local = Session.getInstance(new Properties());
        for (int i = 1; i <= MESSAGES; i++) {
            MimeMessage m = new MimeMessage(local);
            m.setFrom(new InternetAddress("vanthu@tphcm.gov.vn"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(leader.getEmail()));
            m.setSubject("Công văn số " + i, "UTF-8");
            m.setText("Nội dung " + i, "UTF-8");
            leader.deliver(m);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void openingTheFirstPageFetchesOnlyThatPage() {
        ByteArrayOutputStream protocol = new ByteArrayOutputStream();
        Session session = server.debugSession(new PrintStream(protocol, true, StandardCharsets.UTF_8));
        try (Mailbox mailbox = Mailbox.open(session, MailAccount.own(leader.getEmail(), "Lãnh đạo", MailServerFixture.PASSWORD),
                MailServerFixture.settings())) {
            MessagePage first = mailbox.page("INBOX", 1, 50);

            assertEquals(MESSAGES, first.total());
            assertEquals(50, first.messages().size());
            assertEquals("Công văn số 10000", first.messages().get(0).subject());
            assertEquals("Công văn số 9951", first.messages().get(49).subject());
            assertFetched(protocol, MESSAGES - 49, MESSAGES);

            protocol.reset();
            MessagePage middle = mailbox.page("INBOX", 101, 50);
            assertEquals("Công văn số 5000", middle.messages().get(0).subject());
            assertFetched(protocol, 4951, 5000);
        }
    }

    /** Every FETCH the server answered was for a message of the page, and each of those was fetched. */
    private static void assertFetched(ByteArrayOutputStream protocol, int from, int to) {
        Matcher fetch = FETCH_RESPONSE.matcher(protocol.toString(StandardCharsets.UTF_8));
        java.util.Set<Integer> numbers = new java.util.TreeSet<>();
        while (fetch.find()) {
            numbers.add(Integer.parseInt(fetch.group(1)));
        }
        assertEquals(List.copyOf(java.util.stream.IntStream.rangeClosed(from, to).boxed().toList()), List.copyOf(numbers));
    }
}
