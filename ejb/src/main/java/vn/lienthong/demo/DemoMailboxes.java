package vn.lienthong.demo;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import vn.lienthong.mail.DemoMailboxContent;

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

    private static MailFolder folderOf(ImapHostManager store, GreenMailUser user, String name)
            throws FolderException, AuthorizationException {
        MailFolder existing = store.getFolder(user, name);
        return existing != null ? existing : store.createMailbox(user, name);
    }
}
