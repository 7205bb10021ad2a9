package vn.lienthong.demo.internal;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's GreenMail answers as GreenMail does, from a UID index kept until the folder changes. */
class DemoGreenMailTest {

    private static final String LEADER = "lanhdao@tphcm.gov.vn";
    private static final String PASSWORD = "mat-khau-thu";

    private DemoGreenMail server;
    private GreenMailUser leader;

    @BeforeEach
    void start() {
        server = new DemoGreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        server.start();
        leader = server.setUser(LEADER, LEADER, PASSWORD);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aFolderHandsOutOneUidIndexUntilItChanges() throws Exception {
        MailFolder inbox = server.getManagers().getImapHostManager().getInbox(leader);
        fill(inbox, 3);

        long[] uids = inbox.getMessageUids();
        assertArrayEquals(new long[]{1, 2, 3}, uids);
        assertSame(uids, inbox.getMessageUids());
        assertEquals(2, inbox.getMsn(2));

        inbox.appendMessage(message("Công văn số 4"), new Flags(), new Date());
        long[] grown = inbox.getMessageUids();
        assertNotSame(uids, grown);
        assertArrayEquals(new long[]{1, 2, 3, 4}, grown);
        assertEquals(4, inbox.getMsn(4));
    }

    @Test
    void imapSeesMessagesByUidAndNumberAfterExpungeCopyAndDelivery() throws Exception {
        fill(server.getManagers().getImapHostManager().getInbox(leader), 30);
        try (Store store = session().getStore("imap")) {
            store.connect(LEADER, PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            UIDFolder uids = (UIDFolder) inbox;
            assertEquals("Công văn số 20", uids.getMessageByUID(20).getSubject());

            // Delete the 10th: every later message moves up one number and keeps its UID.
            inbox.getMessage(10).setFlag(Flags.Flag.DELETED, true);
            inbox.expunge();
            Message[] page = inbox.getMessages(21, 29);
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.ENVELOPE);
            profile.add(UIDFolder.FetchProfileItem.UID);
            inbox.fetch(page, profile);
            assertEquals(29, inbox.getMessageCount());
            assertEquals("Công văn số 22", page[0].getSubject());
            assertEquals(22, uids.getUID(page[0]));
            assertEquals("Công văn số 30", page[8].getSubject());

            Folder archive = store.getFolder("Lưu trữ");
            archive.create(Folder.HOLDS_MESSAGES);
            inbox.copyMessages(new Message[]{uids.getMessageByUID(25)}, archive);
            archive.open(Folder.READ_ONLY);
            assertEquals("Công văn số 25", archive.getMessage(1).getSubject());
            archive.close(false);

            GreenMailUtil.sendTextEmail(LEADER, "vanthu@tphcm.gov.vn", "Giấy mời họp", "Nội dung",
                    new ServerSetup(server.getSmtp().getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            inbox.close(false);
            inbox.open(Folder.READ_WRITE);
            assertEquals(30, inbox.getMessageCount());
            assertEquals("Giấy mời họp", uids.getMessageByUID(31).getSubject());
            inbox.close(false);
        }
    }

    @Test
    void hasNoGreenMailImapServerToHandOut() {
        assertThrows(UnsupportedOperationException.class, server::getImap);
        assertTrue(server.getImapPort() > 0);
    }

    private Session session() {
        Properties p = new Properties();
        p.setProperty("mail.imap.host", "127.0.0.1");
        p.setProperty("mail.imap.port", String.valueOf(server.getImapPort()));
        p.setProperty("mail.imap.connectiontimeout", "3000");
        p.setProperty("mail.imap.timeout", "30000");
        return Session.getInstance(p);
    }

    private static void fill(MailFolder folder, int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            folder.appendMessage(message("Công văn số " + i), new Flags(Flags.Flag.SEEN), new Date());
        }
    }

    private static MimeMessage message(String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("vanthu@tphcm.gov.vn"));
        message.setRecipients(Message.RecipientType.TO, LEADER);
        message.setSubject(subject, "UTF-8");
        message.setText("Nội dung", "UTF-8");
        message.saveChanges();
        return message;
    }
}
