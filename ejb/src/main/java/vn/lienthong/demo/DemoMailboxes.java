package vn.lienthong.demo;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.lienthong.mail.DemoMailboxContent;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Puts demo mailbox content straight into GreenMail's store. IMAP APPEND of a few hundred large messages is slow,
 * and GreenMail's literal reader stalls on it now and then, which a demo start or a test cannot afford.
 */
public final class DemoMailboxes {

    private DemoMailboxes() {
    }

    public static void load(GreenMail greenMail, String mailbox, DemoMailboxContent content)
            throws FolderException, AuthorizationException, MessagingException {
        ImapHostManager store = greenMail.getManagers().getImapHostManager();
        GreenMailUser user = greenMail.getManagers().getUserManager().getUser(mailbox);
        for (DemoMailboxContent.DemoMessage demo : content.messages()) {
            MailFolder folder = DemoMailboxContent.INBOX.equals(demo.folder()) ? store.getInbox(user)
                    : folderOf(store, user, demo.folder());
            Flags flags = new Flags();
            if (demo.seen()) {
                flags.add(Flags.Flag.SEEN);
            }
            if (DemoMailboxContent.DRAFTS.equals(demo.folder())) {
                flags.add(Flags.Flag.DRAFT);
            }
            folder.appendMessage(demo.message(), flags, demo.message().getSentDate());
        }
    }

    /**
     * Grows the mailbox's INBOX to {@code size} messages with short Vietnamese dispatches, one a minute up to
     * {@code now}: a large folder to try the webmail (and benchmark it) on, loaded in seconds where IMAP APPEND
     * or SMTP would take many minutes. Every seventh is unread.
     *
     * @return how many messages were added
     */
    public static int growInbox(GreenMail greenMail, String mailbox, int size, Instant now)
            throws FolderException, AuthorizationException, MessagingException {
        GreenMailUser user = greenMail.getManagers().getUserManager().getUser(mailbox);
        if (user == null) {
            throw new IllegalArgumentException("no demo mailbox " + mailbox);
        }
        MailFolder inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
        Session session = Session.getInstance(new Properties());
        int start = inbox.getMessageCount();
        for (int i = start + 1; i <= size; i++) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("vanthu.vpub@tphcm.gov.vn"));
            message.setRecipients(Message.RecipientType.TO, mailbox);
            message.setSubject("Công văn số " + i + "/UBND-VP về việc triển khai kế hoạch năm 2026", "UTF-8");
            message.setText("<p>Kính gửi đồng chí,</p><p>Văn phòng trình công văn số " + i
                    + " đề nghị đồng chí xem xét, cho ý kiến chỉ đạo.</p>", "UTF-8", "html");
            Date sent = Date.from(now.minus(Duration.ofMinutes(size - i)));
            message.setSentDate(sent);
            message.saveChanges();
            Flags flags = i % 7 == 0 ? new Flags() : new Flags(Flags.Flag.SEEN);
            inbox.appendMessage(message, flags, sent);
        }
        return Math.max(0, size - start);
    }

    private static MailFolder folderOf(ImapHostManager store, GreenMailUser user, String name)
            throws FolderException, AuthorizationException {
        MailFolder existing = store.getFolder(user, name);
        return existing != null ? existing : store.createMailbox(user, name);
    }
}
