package vn.lienthong.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo city comes with its own mail server: each demo account has an official mailbox over IMAP and SMTP. */
@ExtendWith(ArquillianExtension.class)
class DemoMailServerIT extends LienThongEar {

    private static final String LEADER = "lanhdao.sotttt@tphcm.gov.vn";

    private static Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(SMTP_PORT));
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", String.valueOf(IMAP_PORT));
        props.put("mail.imap.connectiontimeout", "5000");
        return Session.getInstance(props);
    }

    @Test
    void aDemoLeaderReceivesOfficialMailInTheirMailbox() throws Exception {
        Session session = session();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("vanthu.sotttt@tphcm.gov.vn"));
        message.setRecipients(Message.RecipientType.TO, LEADER);
        message.setSubject("Báo cáo tình hình cải cách hành chính", "UTF-8");
        message.setText("Kính gửi Giám đốc,\nVăn phòng trình báo cáo quý IV.", "UTF-8");
        Transport.send(message);

        try (Store store = session.getStore("imap")) {
            store.connect(LEADER, DEMO_PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            boolean found = false;
            for (Message m : inbox.getMessages()) {
                found |= "Báo cáo tình hình cải cách hành chính".equals(m.getSubject());
            }
            assertEquals(true, found, "the message arrived in the leader's INBOX");
            inbox.close(false);
        }
    }

    @Test
    void eachDemoLeaderHasAFilledVietnameseMailbox() throws Exception {
        int count = WebmailClient.awaitFilledInbox("lanhdao.quan1@tphcm.gov.vn");
        try (Store store = session().getStore("imap")) {
            store.connect("lanhdao.quan1@tphcm.gov.vn", DEMO_PASSWORD);
            assertTrue(count >= 200, "INBOX has " + count + " messages");
            assertTrue(store.getFolder("Sent").exists());
            assertTrue(store.getFolder("Văn bản đến 2026").exists());
        }
    }

    @Test
    void aWrongMailboxPasswordIsRefused() {
        assertThrows(jakarta.mail.AuthenticationFailedException.class, () -> {
            try (Store store = session().getStore("imap")) {
                store.connect(LEADER, "not-the-password");
            }
        });
    }
}
