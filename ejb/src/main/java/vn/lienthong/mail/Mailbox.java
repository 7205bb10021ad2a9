package vn.lienthong.mail;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.BodyTerm;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.HeaderTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.ReceivedDateTerm;
import jakarta.mail.search.SearchTerm;
import jakarta.mail.search.SubjectTerm;
import vn.lienthong.mail.internal.Composer;
import vn.lienthong.mail.internal.MailFailures;
import vn.lienthong.mail.internal.MimeTree;
import vn.lienthong.mail.internal.SmimeChecks;
import vn.lienthong.platform.InvalidInputException;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * One leader's official mailbox over IMAP, with sending over SMTP. Open one per HTTP session with
 * {@link #open}; it keeps one IMAP connection and the last folder open, so that paging and reading stay fast.
 * Not thread-safe: a session's requests are served one at a time. Every failure of the mail server arrives as a
 * named domain exception ({@link MailLoginException}, {@link MailServerUnavailableException},
 * {@link UnknownMailFolderException}, {@link UnknownMailMessageException}).
 * <p>
 * Host, ports, TLS and timeouts come from the {@link Session}'s properties ({@code mail.imap.*}, {@code mail.smtp.*}),
 * which the server's mail session sets; set {@code mail.imap.connectiontimeout} and {@code mail.imap.timeout}, or a
 * dead server hangs the request.
 */
public final class Mailbox implements AutoCloseable {

    public static final int MAX_PAGE_SIZE = 200;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Only what a list line shows: never the bodies. */
    private static final FetchProfile LIST_PROFILE = new FetchProfile();

    static {
        LIST_PROFILE.add(FetchProfile.Item.ENVELOPE);
        LIST_PROFILE.add(FetchProfile.Item.FLAGS);
        LIST_PROFILE.add(FetchProfile.Item.CONTENT_INFO);
        LIST_PROFILE.add(UIDFolder.FetchProfileItem.UID);
    }

    private final Session session;
    private final MailAccount account;
    private final MailboxSettings settings;
    private final Store store;
    private Folder open;

    private Mailbox(Session session, MailAccount account, MailboxSettings settings, Store store) {
        this.session = session;
        this.account = account;
        this.settings = settings;
        this.store = store;
    }

    /** Logs in over IMAP. */
    public static Mailbox open(Session session, MailAccount account, MailboxSettings settings) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(settings, "settings");
        try {
            Store store = session.getStore("imap");
            store.connect(account.login(), account.password());
            return new Mailbox(session, account, settings, store);
        } catch (MessagingException e) {
            throw MailFailures.translate(e, account.address(), null);
        }
    }

    public MailAccount account() {
        return account;
    }

    /** False once the server dropped the connection: the session's holder should open a new mailbox. */
    public boolean isConnected() {
        return store.isConnected();
    }

    /** Every folder that holds messages, with its counts (one STATUS per folder). */
    public List<MailFolder> folders() {
        return call(null, () -> {
            List<MailFolder> folders = new ArrayList<>();
            for (Folder folder : store.getDefaultFolder().list("*")) {
                if ((folder.getType() & Folder.HOLDS_MESSAGES) != 0) {
                    folders.add(new MailFolder(folder.getFullName(), folder.getName(),
                            folder.getMessageCount(), folder.getUnreadMessageCount()));
                }
            }
            folders.sort(Comparator.comparing((MailFolder f) -> !f.fullName().equalsIgnoreCase("INBOX"))
                    .thenComparing(MailFolder::fullName));
            return folders;
        });
    }

    /**
     * One page of the folder, newest first by arrival. Only the page's messages are fetched, and only their headers:
     * the range comes from the message count, so a folder of 10,000 costs the same as one of 50.
     */
    public MessagePage page(String folderName, int page, int pageSize) {
        return page(folderName, page, pageSize, false);
    }

    /**
     * One page of the folder by arrival, newest first or oldest first. Arrival order is the folder's own order,
     * so either way the page's range comes from the message count and nothing else is fetched.
     */
    public MessagePage page(String folderName, int page, int pageSize, boolean oldestFirst) {
        int size = pageSize(pageSize);
        return callReopening(folderName, () -> {
            Folder folder = folder(folderName);
            int total = folder.getMessageCount();
            int number = clampPage(page, total, size);
            if (total == 0) {
                return new MessagePage(folderName, 1, size, 0, List.of());
            }
            Message[] messages;
            if (oldestFirst) {
                int start = (number - 1) * size + 1;
                messages = folder.getMessages(start, Math.min(total, start + size - 1));
            } else {
                int end = total - (number - 1) * size;
                int start = Math.max(1, end - size + 1);
                List<Message> newestFirst = Arrays.asList(folder.getMessages(start, end));
                java.util.Collections.reverse(newestFirst);
                messages = newestFirst.toArray(Message[]::new);
            }
            return new MessagePage(folderName, number, size, total, summaries(folder, messages));
        });
    }

    /**
     * Server-side search (IMAP SEARCH; Jakarta Mail sends CHARSET UTF-8 when the text is not ASCII), newest first,
     * one page of results with headers fetched for that page only.
     */
    public MessagePage search(String folderName, SearchQuery query, int page, int pageSize) {
        int size = pageSize(pageSize);
        SearchTerm term = term(query);
        return call(folderName, () -> {
            Folder folder = folder(folderName);
            Message[] found = folder.search(term);
            Arrays.sort(found, Comparator.comparingInt(Message::getMessageNumber).reversed());
            int number = clampPage(page, found.length, size);
            int from = (number - 1) * size;
            Message[] slice = Arrays.copyOfRange(found, Math.min(from, found.length), Math.min(from + size, found.length));
            return new MessagePage(folderName, number, size, found.length, summaries(folder, slice));
        });
    }

    /**
     * Opens a message for reading and marks it read. HTML is sanitised; remote images stay blocked unless asked for;
     * inline images point to {@code inlineImageUrl} (see {@link MessageHtml#sanitise}).
     */
    public MessageView read(String folderName, long uid, RemoteImages remoteImages, String inlineImageUrl) {
        return callReopening(folderName, () -> {
            MimeMessage message = message(folderName, uid);
            // Before the body is fetched: fetching it without PEEK may set the flag on the server already.
            boolean unread = !message.isSet(Flags.Flag.SEEN);
            SmimeVerdict verdict = SmimeChecks.isSigned(message.getContentType())
                    ? settings.verifier().verify(message) : SmimeVerdict.NOT_SIGNED;
            MimeTree tree = MimeTree.of(MimeTree.readable(message));
            SafeHtml html = tree.html() == null ? null : MessageHtml.sanitise(tree.html(), remoteImages, inlineImageUrl);
            // Only when it changes: a STORE is a round trip, and some servers (GreenMail) pay for it per folder size.
            if (!message.isSet(Flags.Flag.SEEN)) {
                message.setFlag(Flags.Flag.SEEN, true);
            }
            return new MessageView(folderName, uid, subject(message), first(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)),
                    date(message), tree.text(), html, tree.attachments(), tree.inlineIds(), verdict, unread);
        });
    }

    /** One attachment's bytes, by the part path that {@link #read} listed. Fetches only that part. */
    public PartContent attachment(String folderName, long uid, String partPath) {
        return call(folderName, () -> {
            Part root = MimeTree.readable(message(folderName, uid));
            Part part = MimeTree.part(root, partPath).orElseThrow(() -> new UnknownMailMessageException(folderName, uid));
            return new PartContent(MimeTree.fileName(part), MimeTree.baseType(part), MimeTree.bytes(part));
        });
    }

    /** One inline image by its Content-ID. Only images: a page must never be served HTML from a message as its own. */
    public PartContent inlineImage(String folderName, long uid, String contentId) {
        return call(folderName, () -> {
            Part root = MimeTree.readable(message(folderName, uid));
            Part part = MimeTree.byContentId(root, contentId)
                    .filter(this::isImage)
                    .orElseThrow(() -> new UnknownMailMessageException(folderName, uid));
            return new PartContent(MimeTree.fileName(part), MimeTree.baseType(part), MimeTree.bytes(part));
        });
    }

    public void markRead(String folderName, long uid, boolean read) {
        call(folderName, () -> {
            message(folderName, uid).setFlag(Flags.Flag.SEEN, read);
            return null;
        });
    }

    public void move(String folderName, long uid, String targetFolder) {
        call(folderName, () -> {
            Folder target = existing(targetFolder);
            Message message = message(folderName, uid);
            moveOut(message, target);
            return null;
        });
    }

    /** Moves the message to Trash; from Trash itself, deletes it for good. */
    public void delete(String folderName, long uid) {
        call(folderName, () -> {
            Message message = message(folderName, uid);
            if (folderName.equals(settings.trashFolder())) {
                message.setFlag(Flags.Flag.DELETED, true);
                message.getFolder().expunge();
            } else {
                moveOut(message, ensure(settings.trashFolder()));
            }
            return null;
        });
    }

    /** Files the draft in Drafts, flagged as a draft and read. */
    public void saveDraft(Draft draft) {
        call(settings.draftsFolder(), () -> {
            MimeMessage message = Composer.message(session, account, draft, now(), false);
            message.setFlag(Flags.Flag.SEEN, true);
            append(settings.draftsFolder(), message, Flags.Flag.DRAFT);
            return null;
        });
    }

    /** Sends over SMTP and files a copy in Sent; returns the sent message's Message-ID. */
    public String send(Draft draft) {
        return send(draft, null);
    }

    /**
     * Sends over SMTP, signed with S/MIME when a signer is given, and files a copy in Sent.
     *
     * @return the Message-ID of the message sent, which tells one sending from another without its content
     */
    public String send(Draft draft, SmimeSigner signer) {
        return call(settings.sentFolder(), () -> {
            MimeMessage message = Composer.message(session, account, draft, now(), true);
            if (signer != null) {
                message = signer.sign(message);
            }
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(account.login(), account.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
            append(settings.sentFolder(), message, Flags.Flag.SEEN);
            return message.getMessageID();
        });
    }

    /** A reply to the sender, or to everyone (without the leader), quoting the message; not yet sent. */
    public Draft reply(String folderName, long uid, boolean toAll) {
        return call(folderName, () -> {
            MessageView view = read(folderName, uid, RemoteImages.BLOCK, null);
            return Composer.reply(message(folderName, uid), view, account, toAll);
        });
    }

    /** A forward carrying the message's text and attachments; not yet sent. */
    public Draft forward(String folderName, long uid) {
        return call(folderName, () -> {
            MessageView view = read(folderName, uid, RemoteImages.BLOCK, null);
            return Composer.forward(view, attachments(folderName, uid, view));
        });
    }

    /** Whether a folder is where drafts are saved, so that its messages can be written on again. */
    public boolean isDrafts(String folderName) {
        return settings.draftsFolder().equals(folderName);
    }

    /** A saved draft, to go on writing; {@link #discardDraft} removes it once it is sent or saved anew. */
    public Draft reopenDraft(long uid) {
        String drafts = settings.draftsFolder();
        return call(drafts, () -> {
            MessageView view = read(drafts, uid, RemoteImages.BLOCK, null);
            return Composer.reopen(message(drafts, uid), view, attachments(drafts, uid, view));
        });
    }

    /** Deletes a draft for good, not to Trash: its newer version is in Drafts or Sent. */
    public void discardDraft(long uid) {
        call(settings.draftsFolder(), () -> {
            MimeMessage message = message(settings.draftsFolder(), uid);
            message.setFlag(Flags.Flag.DELETED, true);
            message.getFolder().expunge();
            return null;
        });
    }

    private List<PartContent> attachments(String folderName, long uid, MessageView view) {
        List<PartContent> attachments = new ArrayList<>();
        for (AttachmentInfo info : view.attachments()) {
            attachments.add(attachment(folderName, uid, info.partPath()));
        }
        return attachments;
    }

    /** The S/MIME verdict alone, without reading (and so without marking) the message. */
    public SmimeVerdict verify(String folderName, long uid) {
        return call(folderName, () -> settings.verifier().verify(message(folderName, uid)));
    }

    @Override
    public void close() {
        try {
            if (open != null && open.isOpen()) {
                open.close(false);
            }
            store.close();
        } catch (MessagingException e) {
            // The connection is going away either way; nothing for the reader to do about it.
        }
    }

    // --- machinery ---

    private interface MailCall<T> {
        T run() throws MessagingException, IOException;
    }

    /**
     * For operations that change nothing but the seen flag, which is safe to set twice: when the server closed the
     * kept folder under them (a timeout, a restart, another client's expunge), open it again and try once more
     * instead of failing the leader's page.
     */
    private <T> T callReopening(String folder, MailCall<T> operation) {
        return call(folder, () -> {
            try {
                return operation.run();
            } catch (FolderClosedException e) {
                if (!store.isConnected()) {
                    throw e;
                }
                open = null;
                return operation.run();
            }
        });
    }

    private <T> T call(String folder, MailCall<T> operation) {
        try {
            return operation.run();
        } catch (MessagingException e) {
            throw MailFailures.translate(e, account.address(), folder);
        } catch (IOException e) {
            throw MailFailures.translate(new MessagingException("I/O", e), account.address(), folder);
        }
    }

    /** The folder, opened read-write; the last one stays open for the next page or message. */
    private Folder folder(String name) throws MessagingException {
        if (open != null && open.isOpen() && open.getFullName().equals(name)) {
            return open;
        }
        Folder folder = existing(name);
        if (open != null && open.isOpen()) {
            open.close(false);
        }
        folder.open(Folder.READ_WRITE);
        open = folder;
        return folder;
    }

    private Folder existing(String name) throws MessagingException {
        Folder folder = store.getFolder(Objects.requireNonNull(name, "folder"));
        if (!folder.exists()) {
            throw new UnknownMailFolderException(name);
        }
        return folder;
    }

    /** Special folders may not exist yet on a fresh mailbox. */
    private Folder ensure(String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists()) {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        return folder;
    }

    /**
     * The message by UID, with what a list line shows (envelope, flags, structure) loaded. A message the session
     * listed has all of it already and costs no command; one it did not (a link, a search hit elsewhere) gets it in
     * one FETCH instead of one per item asked, and on some servers (GreenMail) every FETCH costs in the folder's size.
     */
    private MimeMessage message(String folderName, long uid) throws MessagingException {
        Folder folder = folder(folderName);
        Message message = ((UIDFolder) folder).getMessageByUID(uid);
        if (message == null || message.isExpunged()) {
            throw new UnknownMailMessageException(folderName, uid);
        }
        folder.fetch(new Message[]{message}, LIST_PROFILE);
        return (MimeMessage) message;
    }

    /**
     * Copy, flag deleted, expunge: the portable move. Expunge also removes messages another client left flagged
     * deleted in this folder, which is what those clients' "compact" does anyway.
     */
    private void moveOut(Message message, Folder target) throws MessagingException {
        Folder source = message.getFolder();
        if (source.getFullName().equals(target.getFullName())) {
            return;
        }
        source.copyMessages(new Message[]{message}, target);
        message.setFlag(Flags.Flag.DELETED, true);
        source.expunge();
    }

    private void append(String folderName, MimeMessage message, Flags.Flag flag) throws MessagingException {
        Folder folder = ensure(folderName);
        message.setFlag(flag, true);
        folder.appendMessages(new Message[]{message});
    }

    private List<MessageSummary> summaries(Folder folder, Message[] messages) throws MessagingException {
        folder.fetch(messages, LIST_PROFILE);
        UIDFolder uids = (UIDFolder) folder;
        List<MessageSummary> summaries = new ArrayList<>(messages.length);
        for (Message m : messages) {
            Flags flags = m.getFlags();
            summaries.add(new MessageSummary(uids.getUID(m), subject(m), first(m.getFrom()), date(m),
                    flags.contains(Flags.Flag.SEEN), flags.contains(Flags.Flag.FLAGGED), m.getSize(),
                    MimeTree.probablyHasAttachments(m), SmimeChecks.isSigned(m.getContentType())));
        }
        return summaries;
    }

    private static SearchTerm term(SearchQuery query) {
        if (query == null || query.isEmpty()) {
            throw new InvalidInputException("request.invalid");
        }
        List<SearchTerm> terms = new ArrayList<>();
        // Vietnamese typed on some keyboards arrives decomposed; mail is almost always composed (NFC).
        if (!SearchQuery.isBlank(query.subject())) {
            terms.add(new SubjectTerm(nfc(query.subject())));
        }
        if (!SearchQuery.isBlank(query.from())) {
            // FROM is a substring match by RFC 3501, but some servers (GreenMail, the demo's) match whole addresses
            // only; a HEADER search is a substring of the header on every server, so part of an address finds it.
            String from = nfc(query.from());
            terms.add(new OrTerm(new FromStringTerm(from), new HeaderTerm("From", from)));
        }
        if (!SearchQuery.isBlank(query.body())) {
            terms.add(new BodyTerm(nfc(query.body())));
        }
        if (query.since() != null) {
            terms.add(new ReceivedDateTerm(ComparisonTerm.GE, startOf(query.since())));
        }
        if (query.until() != null) {
            terms.add(new ReceivedDateTerm(ComparisonTerm.LT, startOf(query.until().plusDays(1))));
        }
        return terms.size() == 1 ? terms.get(0) : new AndTerm(terms.toArray(SearchTerm[]::new));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(VIETNAM).toInstant());
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private boolean isImage(Part part) {
        try {
            return part.isMimeType("image/*") && !part.isMimeType("image/svg+xml");
        } catch (MessagingException e) {
            return false;
        }
    }

    private Instant now() {
        return settings.clock().instant();
    }

    private static int pageSize(int requested) {
        if (requested < 1 || requested > MAX_PAGE_SIZE) {
            throw new InvalidInputException("mail.page.size", requested, MAX_PAGE_SIZE);
        }
        return requested;
    }

    private static int clampPage(int requested, int total, int size) {
        int pages = Math.max(1, (total + size - 1) / size);
        return Math.min(Math.max(1, requested), pages);
    }

    private static String subject(Message message) throws MessagingException {
        String subject = message.getSubject();
        return subject == null ? "" : subject;
    }

    private static Instant date(Message message) throws MessagingException {
        Date date = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
        return date == null ? null : date.toInstant();
    }

    private static MailAddress first(Address[] addresses) {
        List<MailAddress> all = addresses(addresses);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<MailAddress> addresses(Address[] addresses) {
        List<MailAddress> out = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                if (address instanceof InternetAddress internet) {
                    out.add(new MailAddress(internet.getAddress(), internet.getPersonal()));
                }
            }
        }
        return out;
    }
}
