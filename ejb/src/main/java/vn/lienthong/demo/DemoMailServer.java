package vn.lienthong.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.UserAccount;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo's own mail server (GreenMail: SMTP on 3025, IMAP on 3143, loopback only), started when the demo city is
 * loaded and no mail server is configured ({@code LIENTHONG_IMAP_HOST} unset). Every demo account with a mailbox
 * gets one, with the demo password. Production never starts it.
 */
@Startup
@Singleton
@DependsOn("SampleDataGenerator")
public class DemoMailServer {

    static final int SMTP_PORT = Integer.getInteger("lienthong.demo.smtp.port", 3025);
    static final int IMAP_PORT = Integer.getInteger("lienthong.demo.imap.port", 3143);
    private static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = Logger.getLogger(DemoMailServer.class.getName());

    @PersistenceContext
    EntityManager em;

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
        greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(SMTP_PORT, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, LOOPBACK, ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        List<UserAccount> accounts = em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
        for (UserAccount account : accounts) {
            account.mailbox().ifPresent(mailbox -> greenMail.setUser(mailbox, mailbox, SampleDataGenerator.DEMO_PASSWORD));
        }
        LOG.info(() -> "Demo mail server on " + LOOPBACK + ": SMTP " + SMTP_PORT + ", IMAP " + IMAP_PORT + ", "
                + accounts.size() + " mailboxes");
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
}
