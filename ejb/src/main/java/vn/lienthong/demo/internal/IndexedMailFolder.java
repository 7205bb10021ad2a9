package vn.lienthong.demo.internal;

import com.icegreen.greenmail.foedus.util.MsgRangeFilter;
import com.icegreen.greenmail.imap.commands.IdRange;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.SearchTerm;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of GreenMail's folders with its UID list kept as an index, the way a real server's index (Dovecot's) keeps it.
 * GreenMail answers every FETCH and STORE by looking up the sequence number of each of the folder's messages, and each
 * lookup asks the folder for its whole UID list, which GreenMail's own folder copies message by message under a lock:
 * 10,000 × 10,000 per command on a 10,000-message folder. Here the list is built once per change of the folder and
 * handed out as is; everything else is GreenMail's own folder.
 * <p>
 * A change is seen without listening for it: appending takes the next UID before the message is added, and expunging
 * lowers the count, so the pair (message count, next UID) differs after any change to the list of UIDs.
 */
final class IndexedMailFolder implements MailFolder, UIDFolder {

    private final MailFolder folder;
    private volatile Index index;

    /** The folder's UIDs in sequence order and their sequence numbers, as of one (count, next UID). */
    private record Index(int count, long nextUid, long[] uids, Map<Long, Integer> msns) {
    }

    IndexedMailFolder(MailFolder folder) {
        if (!(folder instanceof UIDFolder)) {
            throw new IllegalArgumentException("GreenMail folder without UIDs: " + folder.getClass());
        }
        this.folder = folder;
    }

    /** GreenMail's own folder, which its store needs back when it is handed a folder. */
    MailFolder unwrapped() {
        return folder;
    }

    /**
     * The UIDs in sequence order. Callers only read the array (GreenMail's FETCH, STORE, COPY and MOVE walk it), so
     * one array serves every caller until the folder changes.
     */
    @Override
    public long[] getMessageUids() {
        return current().uids();
    }

    @Override
    public int getMsn(long uid) throws FolderException {
        Integer msn = current().msns().get(uid);
        if (msn == null) {
            throw new FolderException("No such message with uid " + uid + " in folder " + getName());
        }
        return msn;
    }

    private Index current() {
        Index kept = index;
        int count = folder.getMessageCount();
        long nextUid = folder.getUIDNext();
        if (kept != null && kept.count() == count && kept.nextUid() == nextUid) {
            return kept;
        }
        long[] uids = folder.getMessageUids();
        Map<Long, Integer> msns = new HashMap<>(uids.length * 2);
        for (int i = 0; i < uids.length; i++) {
            msns.put(uids[i], i + 1);
        }
        Index fresh = new Index(count, nextUid, uids, msns);
        // Keep it only when nothing changed while the list was copied; otherwise the next call builds it again.
        if (uids.length == count && folder.getMessageCount() == count && folder.getUIDNext() == nextUid) {
            index = fresh;
        }
        return fresh;
    }

    @Override
    public long moveMessage(long uid, MailFolder toFolder) throws FolderException {
        return folder.moveMessage(uid, IndexedMailStore.unwrap(toFolder));
    }

    @Override
    public long copyMessage(long uid, MailFolder toFolder) throws FolderException {
        return folder.copyMessage(uid, IndexedMailStore.unwrap(toFolder));
    }

    // --- GreenMail's own folder for everything else ---

    @Override
    public String getName() {
        return folder.getName();
    }

    @Override
    public String getFullName() {
        return folder.getFullName();
    }

    @Override
    public Flags getAvailableFlags() {
        return folder.getAvailableFlags();
    }

    @Override
    public Flags getPermanentFlags() {
        return folder.getPermanentFlags();
    }

    @Override
    public int getMessageCount() {
        return folder.getMessageCount();
    }

    @Override
    public int getRecentCount(boolean reset) {
        return folder.getRecentCount(reset);
    }

    @Override
    public long getUidValidity() {
        return folder.getUidValidity();
    }

    @Override
    public int getFirstUnseen() {
        return folder.getFirstUnseen();
    }

    @Override
    public int getUnseenCount() {
        return folder.getUnseenCount();
    }

    @Override
    public boolean isSelectable() {
        return folder.isSelectable();
    }

    @Override
    public long getUIDNext() {
        return folder.getUIDNext();
    }

    @Override
    public long appendMessage(MimeMessage message, Flags flags, Date receivedDate) {
        return folder.appendMessage(message, flags, receivedDate);
    }

    @Override
    public void deleteAllMessages() {
        folder.deleteAllMessages();
    }

    @Override
    public void expunge() throws FolderException {
        folder.expunge();
    }

    @Override
    public void expunge(IdRange[] idSet) {
        folder.expunge(idSet);
    }

    @Override
    public void addListener(FolderListener listener) {
        folder.addListener(listener);
    }

    @Override
    public void removeListener(FolderListener listener) {
        folder.removeListener(listener);
    }

    @Override
    public void store(MovingMessage mail) throws Exception {
        folder.store(mail);
    }

    @Override
    public void store(MimeMessage message) throws Exception {
        folder.store(message);
    }

    @Override
    public StoredMessage getMessage(long uid) {
        return folder.getMessage(uid);
    }

    @Override
    public long[] search(SearchTerm searchTerm) {
        return folder.search(searchTerm);
    }

    @Override
    public void setFlags(Flags flags, boolean value, long uid, FolderListener silentListener, boolean addUid)
            throws FolderException {
        folder.setFlags(flags, value, uid, silentListener, addUid);
    }

    @Override
    public void replaceFlags(Flags flags, long uid, FolderListener silentListener, boolean addUid)
            throws FolderException {
        folder.replaceFlags(flags, uid, silentListener, addUid);
    }

    @Override
    public void signalDeletion() {
        folder.signalDeletion();
    }

    @Override
    public List<StoredMessage> getMessages(MsgRangeFilter range) {
        return folder.getMessages(range);
    }

    @Override
    public List<StoredMessage> getMessages() {
        return folder.getMessages();
    }

    @Override
    public List<StoredMessage> getNonDeletedMessages() {
        return folder.getNonDeletedMessages();
    }

    private UIDFolder uids() {
        return (UIDFolder) folder;
    }

    @Override
    public long getUIDValidity() throws MessagingException {
        return uids().getUIDValidity();
    }

    @Override
    public Message getMessageByUID(long uid) throws MessagingException {
        return uids().getMessageByUID(uid);
    }

    @Override
    public Message[] getMessagesByUID(long start, long end) throws MessagingException {
        return uids().getMessagesByUID(start, end);
    }

    @Override
    public Message[] getMessagesByUID(long[] uidArray) throws MessagingException {
        return uids().getMessagesByUID(uidArray);
    }

    @Override
    public long getUID(Message message) throws MessagingException {
        return uids().getUID(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexedMailFolder indexed && indexed.folder == folder;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(folder);
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
