package vn.lienthong.it;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (bench/webmail/run.sh), not part of the test suite (the name does not end in IT): a demo leader's INBOX
 * grown to 10,000+ messages on the embedded server; opening the first page and opening a message at the HTTP level
 * (the Faces pages, the body frame, and the API), side by side with the bare IMAP operations for the same page and
 * message in the same run. Prints p50/p95/p99 in milliseconds.
 */
@ExtendWith(ArquillianExtension.class)
class WebmailBench extends LienThongEar {

    private static final String LEADER = "quanly.quan3";
    private static final String MAILBOX = LEADER + "@tphcm.gov.vn";
    private static final int FOLDER_SIZE = Integer.getInteger("bench.messages", 10_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 300);
    private static final int WARMUP = 40;

    @Test
    void measure() throws Exception {
        WebmailClient.awaitFilledInbox(MAILBOX);
        int total = fill();
        WebmailClient web = WebmailIT.opened(LEADER);
        try (Store store = WebmailClient.mailSession().getStore("imap")) {
            store.connect(MAILBOX, DEMO_PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            long[] uids = firstPageUids(inbox);
            System.out.printf(Locale.ROOT, "BENCH folder INBOX of %s: %,d messages; %d rounds after %d warm-up; page of 50%n",
                    MAILBOX, total, ROUNDS, WARMUP);
            // One round runs every operation once, so that HTTP and bare IMAP share the same moments of load.
            String[] names = {"first page, HTTP (Faces page)", "first page, HTTP (API JSON)", "first page, bare IMAP",
                    "open message, HTTP (page + body frame)", "open message, HTTP (API JSON)", "open message, bare IMAP"};
            Step[] steps = {
                i -> ok(web.get("/leader/mail/index.xhtml?folder=INBOX")),
                i -> ok(web.get("/api/mail/messages?folder=INBOX&page=1&size=50")),
                i -> imapPage(inbox),
                i -> {
                    long uid = uids[i % uids.length];
                    ok(web.get("/leader/mail/message.xhtml?folder=INBOX&uid=" + uid));
                    ok(web.get("/leader/mail/part/body?folder=INBOX&uid=" + uid));
                },
                i -> ok(web.get("/api/mail/messages/" + uids[i % uids.length] + "?folder=INBOX")),
                i -> imapMessage(inbox, uids[i % uids.length])};
            double[][] millis = new double[steps.length][ROUNDS];
            for (int round = -WARMUP; round < ROUNDS; round++) {
                for (int s = 0; s < steps.length; s++) {
                    long start = System.nanoTime();
                    steps[s].run(round + WARMUP);
                    if (round >= 0) {
                        millis[s][round] = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
            System.out.println("BENCH operation                                   p50 ms   p95 ms   p99 ms");
            for (int s = 0; s < steps.length; s++) {
                Arrays.sort(millis[s]);
                row(names[s], millis[s]);
            }
            inbox.close(false);
        }
    }

    /** Grows the leader's INBOX to FOLDER_SIZE over one SMTP connection; a second run finds it grown already. */
    private static int fill() throws Exception {
        Session session = WebmailClient.mailSession();
        int count;
        try (Store store = session.getStore("imap")) {
            store.connect(MAILBOX, DEMO_PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            count = inbox.getMessageCount();
            inbox.close(false);
        }
        if (count < FOLDER_SIZE) {
            try (Transport smtp = session.getTransport("smtp")) {
                smtp.connect();
                for (int i = count + 1; i <= FOLDER_SIZE; i++) {
                    MimeMessage m = new MimeMessage(session);
                    m.setFrom(new InternetAddress("vanthu.quan3@tphcm.gov.vn"));
                    m.setRecipients(Message.RecipientType.TO, MAILBOX);
                    m.setSubject("Công văn số " + i + "/UBND-VP về việc triển khai kế hoạch năm 2026", "UTF-8");
                    m.setText("<p>Kính gửi đồng chí Chủ tịch,</p><p>Văn phòng trình công văn số " + i
                            + " đề nghị đồng chí xem xét, cho ý kiến chỉ đạo.</p>", "UTF-8", "html");
                    m.saveChanges();
                    smtp.sendMessage(m, m.getAllRecipients());
                }
            }
            count = FOLDER_SIZE;
        }
        return count;
    }

    private static long[] firstPageUids(Folder inbox) throws Exception {
        int total = inbox.getMessageCount();
        Message[] page = inbox.getMessages(total - 49, total);
        FetchProfile uid = new FetchProfile();
        uid.add(UIDFolder.FetchProfileItem.UID);
        inbox.fetch(page, uid);
        return Arrays.stream(page).mapToLong(m -> {
            try {
                return ((UIDFolder) inbox).getUID(m);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray();
    }

    /** What Mailbox.page does: count, the page's range, headers and flags of those 50 only. */
    private static void imapPage(Folder inbox) throws Exception {
        int total = inbox.getMessageCount();
        Message[] page = inbox.getMessages(Math.max(1, total - 49), total);
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(FetchProfile.Item.CONTENT_INFO);
        profile.add(UIDFolder.FetchProfileItem.UID);
        inbox.fetch(page, profile);
        assertEquals(50, page.length);
    }

    /** The message by UID, its whole content read. */
    private static void imapMessage(Folder inbox, long uid) throws Exception {
        Message message = ((UIDFolder) inbox).getMessageByUID(uid);
        message.getSubject();
        drain(message);
    }

    private static void drain(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                drain(multipart.getBodyPart(i));
            }
        } else if (content instanceof InputStream in) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static void ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(!response.body().contains("Không kết nối được"));
    }

    private interface Step {
        void run(int round) throws Exception;
    }

    private static String row(String name, double[] sorted) {
        String line = String.format(Locale.ROOT, "BENCH %-45s %8.1f %8.1f %8.1f", name,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
        System.out.println(line);
        return line;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
