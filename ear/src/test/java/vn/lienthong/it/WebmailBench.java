package vn.lienthong.it;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
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
    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);

    @Test
    void measure() throws Exception {
        WebmailClient.awaitFilledInbox(MAILBOX);
        long loading = System.nanoTime();
        int total = awaitGrown();
        System.out.printf(Locale.ROOT, "BENCH INBOX ready with %,d messages %.1f s after the demo mailboxes were filled%n",
                total, (System.nanoTime() - loading) / 1e9);
        WebmailClient web = WebmailIT.opened(LEADER);
        try (Store store = WebmailClient.mailSession().getStore("imap")) {
            store.connect(MAILBOX, DEMO_PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            long[] uids = firstPageUids(inbox);
            System.out.printf(Locale.ROOT, "BENCH folder INBOX of %s: %,d messages; %d rounds after %d warm-up; page of 50%n",
                    MAILBOX, total, ROUNDS, WARMUP);
            // One round runs every operation once, so that HTTP and bare IMAP share the same moments of load.
            // The webmail session keeps its folder open between requests, so the bare client does both: with the
            // folder kept open (what the session pays per page), and cold (SELECT first, as a new session pays).
            String[] names = {"first page, HTTP (Faces page)", "first page, HTTP (API JSON)",
                    "first page, bare IMAP (folder kept open)", "first page, bare IMAP (SELECT + FETCH)",
                    "open message, HTTP (page + body frame)", "open message, HTTP (API JSON)",
                    "open message, bare IMAP (folder kept open)", "open message, bare IMAP (SELECT + UID FETCH)"};
            Step[] steps = {
                i -> ok(web.get("/leader/mail/index.xhtml?folder=INBOX")),
                i -> ok(web.get("/api/mail/messages?folder=INBOX&page=1&size=50")),
                i -> imapPage(reopened(store, inbox)),
                i -> cold(store, folder -> imapPage(folder)),
                // The page and the API open different halves of the page, so that neither finds the message the
                // other just opened in the session's one-message cache (Webmail.view).
                i -> {
                    long uid = uids[i % 25];
                    ok(web.get("/leader/mail/message.xhtml?folder=INBOX&uid=" + uid));
                    ok(web.get("/leader/mail/part/body?folder=INBOX&uid=" + uid));
                },
                i -> ok(web.get("/api/mail/messages/" + uids[25 + i % 25] + "?folder=INBOX")),
                i -> imapMessage(reopened(store, inbox), uids[i % uids.length]),
                i -> cold(store, folder -> imapMessage(folder, uids[i % uids.length]))};
            double[][] millis = new double[steps.length][ROUNDS];
            long started = System.nanoTime();
            for (int round = -WARMUP; round < ROUNDS; round++) {
                if (round > 0 && round % 10 == 0) {
                    System.out.printf(Locale.ROOT, "round %d of %d, %.0f s%n", round, ROUNDS, (System.nanoTime() - started) / 1e9);
                }
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

    /**
     * Waits for the demo server to grow the leader's INBOX to FOLDER_SIZE: run.sh starts it with
     * {@code -Dlienthong.demo.large-inbox}, which loads the messages straight into GreenMail's store after the demo
     * mailboxes (seconds, where 10,000 SMTP deliveries or IMAP APPENDs took many minutes).
     */
    private static int awaitGrown() throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        int count = 0;
        while (System.nanoTime() < deadline) {
            try (Store store = WebmailClient.mailSession().getStore("imap")) {
                store.connect(MAILBOX, DEMO_PASSWORD);
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                count = inbox.getMessageCount();
                inbox.close(false);
            }
            if (count >= FOLDER_SIZE) {
                return count;
            }
            Thread.sleep(2_000);
        }
        throw new AssertionError("INBOX of " + MAILBOX + " has " + count + " messages, not " + FOLDER_SIZE
                + ": start the server with -Dlienthong.demo.large-inbox=" + MAILBOX + ":" + FOLDER_SIZE + " (run.sh does)");
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

    /** An idle connection may be dropped by the server between rounds; a desktop client would reconnect too. */
    private static Folder reopened(Store store, Folder inbox) throws Exception {
        if (!store.isConnected()) {
            store.connect(MAILBOX, DEMO_PASSWORD);
        }
        if (!inbox.isOpen()) {
            inbox.open(Folder.READ_WRITE);
        }
        return inbox;
    }

    /** The operation on a freshly selected INBOX, closed again after it. */
    private static void cold(Store store, FolderStep operation) throws Exception {
        if (!store.isConnected()) {
            store.connect(MAILBOX, DEMO_PASSWORD);
        }
        Folder folder = store.getFolder("INBOX");
        folder.open(Folder.READ_WRITE);
        try {
            operation.run(folder);
        } finally {
            folder.close(false);
        }
    }

    private interface FolderStep {
        void run(Folder folder) throws Exception;
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
