package vn.lienthong.demo;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.demo.internal.DemoGreenMail;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.mail.DemoMailboxContent;
import vn.lienthong.platform.Role;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo's own mail server (GreenMail: SMTP on 3025, IMAP on 3143, loopback only), started when the demo city is
 * loaded and no mail server is configured ({@code LIENTHONG_IMAP_HOST} unset). Every demo account with a mailbox
 * gets one, with the demo password, and each leader's is filled with a few hundred Vietnamese messages (some HTML,
 * some with PDF or DOCX attachments, one S/MIME-signed and one tampered). Production never starts it.
 */
@Startup
@Singleton
@DependsOn("SampleDataGenerator")
public class DemoMailServer {

    // Listens where the mail session (config/30-mail.cli) points: the same environment variables move both.
    static final int SMTP_PORT = port("LIENTHONG_SMTP_PORT", 3025);
    static final int IMAP_PORT = port("LIENTHONG_IMAP_PORT", 3143);
    private static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = Logger.getLogger(DemoMailServer.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    private GreenMail greenMail;

    @PostConstruct
    void start() {
        if (!Boolean.getBoolean("lienthong.demo") || System.getenv("LIENTHONG_IMAP_HOST") != null) {
            return;
        }
        if (listening(IMAP_PORT) || listening(SMTP_PORT)) {
            LOG.warning(() -> "Ports " + SMTP_PORT + "/" + IMAP_PORT + " are taken: the demo mail server is not started");
            return;
        }
        // GreenMail with a folder index and replies sent at once (DemoGreenMail): a 10,000-message folder stays usable.
        greenMail = new DemoGreenMail(new ServerSetup[]{
                new ServerSetup(SMTP_PORT, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, LOOPBACK, ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        List<UserAccount> accounts = em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
        for (UserAccount account : accounts) {
            account.mailbox().ifPresent(mailbox -> greenMail.setUser(mailbox, mailbox, SampleDataGenerator.DEMO_PASSWORD));
        }
        LOG.info(() -> "Demo mail server on " + LOOPBACK + ": SMTP " + SMTP_PORT + ", IMAP " + IMAP_PORT + ", "
                + accounts.size() + " mailboxes");
        // Filling the leaders' mailboxes takes a while over IMAP; the deployment need not wait for it.
        List<UserAccount> leaders = accounts.stream()
                .filter(a -> a.role() == Role.LEADER && a.mailbox().isPresent()).toList();
        executor.submit(() -> fill(leaders));
    }

    /** A few hundred Vietnamese messages per leader, the same ones every start (seeded by the username). */
    private void fill(List<UserAccount> leaders) {
        Instant now = clock.instant();
        int filled = 0;
        for (UserAccount leader : leaders) {
            String mailbox = leader.mailbox().orElseThrow();
            try {
                DemoMailboxes.load(greenMail, mailbox,
                        DemoMailboxContent.generate(mailbox, leader.fullName(), leader.username().hashCode(), now));
                filled++;
            } catch (MessagingException | FolderException | AuthorizationException | RuntimeException | LinkageError e) {
                // A background task's failure is otherwise lost in its Future: say it, and go on with the next.
                LOG.log(Level.WARNING, e, () -> "Demo mailbox " + mailbox + " not filled");
            }
        }
        int done = filled;
        LOG.info(() -> "Demo mailboxes filled for " + done + " of " + leaders.size() + " leaders");
        growLargeInbox(now);
    }

    /**
     * {@code -Dlienthong.demo.large-inbox=address:size} grows that demo mailbox's INBOX to a large folder
     * (bench/webmail uses 10,000), straight into the store after the leaders' own content.
     */
    private void growLargeInbox(Instant now) {
        String setting = System.getProperty("lienthong.demo.large-inbox", "").strip();
        int colon = setting.lastIndexOf(':');
        if (setting.isEmpty()) {
            return;
        }
        try {
            String mailbox = setting.substring(0, Math.max(0, colon));
            int size = Integer.parseInt(setting.substring(colon + 1).strip());
            long started = System.nanoTime();
            int added = DemoMailboxes.growInbox(greenMail, mailbox, size, now);
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Demo mailbox " + mailbox + ": INBOX grown by " + added + " messages to " + size
                    + " in " + millis + " ms");
        } catch (NumberFormatException | MessagingException | FolderException | AuthorizationException e) {
            LOG.log(Level.WARNING, e, () -> "lienthong.demo.large-inbox=" + setting + " not applied (address:size)");
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "lienthong.demo.large-inbox=" + setting + " not applied: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
