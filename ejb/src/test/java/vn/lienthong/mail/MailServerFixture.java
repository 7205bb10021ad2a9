package vn.lienthong.mail;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-process GreenMail (IMAP and SMTP on free ports) and sessions pointing at it, as the server's would. */
final class MailServerFixture implements AutoCloseable {

    static final String PASSWORD = "mat-khau-thu";
    private static final AtomicInteger LEADERS = new AtomicInteger();

    final GreenMail greenMail;

    MailServerFixture() {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
    }

    /** A fresh mailbox per test keeps tests apart without restarting the server. */
    GreenMailUser newLeader() {
        String address = "lanhdao" + LEADERS.incrementAndGet() + "@tphcm.gov.vn";
        return greenMail.setUser(address, address, PASSWORD);
    }

    Session session() {
        return Session.getInstance(properties(greenMail.getImap().getPort(), greenMail.getSmtp().getPort()));
    }

    /** Logs the IMAP conversation; GreenMail answers slowly on big folders, so the read timeout is generous. */
    Session debugSession(PrintStream out) {
        Properties properties = properties(greenMail.getImap().getPort(), greenMail.getSmtp().getPort());
        properties.setProperty("mail.imap.timeout", "60000");
        Session session = Session.getInstance(properties);
        session.setDebugOut(out);
        session.setDebug(true);
        return session;
    }

    static Properties properties(int imapPort, int smtpPort) {
        Properties p = new Properties();
        p.setProperty("mail.imap.host", "127.0.0.1");
        p.setProperty("mail.imap.port", String.valueOf(imapPort));
        p.setProperty("mail.imap.connectiontimeout", "3000");
        p.setProperty("mail.imap.timeout", "30000");  // the test machine is shared and slow at times
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", String.valueOf(smtpPort));
        p.setProperty("mail.smtp.auth", "true");
        p.setProperty("mail.smtp.connectiontimeout", "3000");
        p.setProperty("mail.smtp.timeout", "3000");
        return p;
    }

    static MailboxSettings settings() {
        return MailboxSettings.standard(new SmimeVerifier(List.of()), Clock.systemUTC());
    }

    Mailbox open(GreenMailUser user) {
        return Mailbox.open(session(), MailAccount.own(user.getEmail(), "Lãnh đạo", PASSWORD), settings());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
