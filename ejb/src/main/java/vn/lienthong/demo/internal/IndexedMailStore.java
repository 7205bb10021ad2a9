package vn.lienthong.demo.internal;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.InMemoryStore;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.Store;
import jakarta.mail.Quota;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * GreenMail's in-memory store, handing out its folders as {@link IndexedMailFolder}s: one per folder, so that every
 * IMAP session on a folder shares its index. GreenMail's store wants its own folders back, so they are unwrapped on
 * the way in.
 */
final class IndexedMailStore implements Store {

    private final Store store = new InMemoryStore();
    private final Map<MailFolder, IndexedMailFolder> indexed = Collections.synchronizedMap(new WeakHashMap<>());

    static MailFolder unwrap(MailFolder folder) {
        return folder instanceof IndexedMailFolder wrapper ? wrapper.unwrapped() : folder;
    }

    private MailFolder wrap(MailFolder folder) {
        return folder == null ? null : indexed.computeIfAbsent(folder, IndexedMailFolder::new);
    }

    private Collection<MailFolder> wrap(Collection<MailFolder> folders) {
        return folders.stream().map(this::wrap).toList();
    }

    @Override
    public MailFolder getMailbox(String absoluteMailboxName) {
        return wrap(store.getMailbox(absoluteMailboxName));
    }

    @Override
    public MailFolder getMailbox(MailFolder parent, String mailboxName) {
        return wrap(store.getMailbox(unwrap(parent), mailboxName));
    }

    @Override
    public Collection<MailFolder> getChildren(MailFolder parent) {
        return wrap(store.getChildren(unwrap(parent)));
    }

    @Override
    public MailFolder createMailbox(MailFolder parent, String mailboxName, boolean selectable) throws FolderException {
        return wrap(store.createMailbox(unwrap(parent), mailboxName, selectable));
    }

    @Override
    public MailFolder setSelectable(MailFolder folder, boolean selectable) {
        return wrap(store.setSelectable(unwrap(folder), selectable));
    }

    @Override
    public void deleteMailbox(MailFolder folder) throws FolderException {
        store.deleteMailbox(unwrap(folder));
        indexed.remove(unwrap(folder));
    }

    @Override
    public void renameMailbox(MailFolder existingFolder, String newName) throws FolderException {
        store.renameMailbox(unwrap(existingFolder), newName);
    }

    @Override
    public Collection<MailFolder> listMailboxes(String searchPattern) throws FolderException {
        return wrap(store.listMailboxes(searchPattern));
    }

    @Override
    public Quota[] getQuota(String root, String qualifiedRootPrefix) {
        return store.getQuota(root, qualifiedRootPrefix);
    }

    @Override
    public void setQuota(Quota quota, String qualifiedRootPrefix) {
        store.setQuota(quota, qualifiedRootPrefix);
    }

    @Override
    public void deleteQuota(String qualifiedRootPrefix) {
        store.deleteQuota(qualifiedRootPrefix);
    }

    @Override
    public boolean isQuotaSupported() {
        return store.isQuotaSupported();
    }

    @Override
    public void setQuotaSupported(boolean quotaSupported) {
        store.setQuotaSupported(quotaSupported);
    }
}
