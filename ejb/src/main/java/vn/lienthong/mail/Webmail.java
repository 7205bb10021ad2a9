package vn.lienthong.mail;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.lienthong.adoption.UsageEvent;
import vn.lienthong.adoption.UsageEventKind;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.mail.internal.MailConnections;
import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.Role;

import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The signed-in leader's open official mailbox, one per HTTP session. The address is always the one the directory
 * binds to the signed-in account: no caller can name another mailbox. In {@link MailLoginMode#PASSWORD} mode the
 * password the leader typed is kept in this bean's memory only (a transient field: never written when the session
 * is passivated, never logged); in {@link MailLoginMode#MASTER} mode no password is asked.
 * <p>
 * A page, the body frame and its inline images can arrive at once from one session, while a {@link Mailbox} serves
 * one call at a time: every use goes through {@link #use}, which serialises them. Opening, reading and sending
 * fire {@link UsageEvent}s (who, when, which kind; never a subject or content).
 */
@SessionScoped
public class Webmail implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration FOLDER_COUNTS_FRESH = Duration.ofSeconds(20);

    @Inject
    DirectoryService directory;

    @Inject
    MailConnections connections;

    @Inject
    AuditTrail audit;

    @Inject
    Event<UsageEvent> usage;

    @Inject
    Clock clock;

    @Inject
    Principal principal;

    /** Whose mailbox this is; a session signed in as someone else finds it closed. */
    private String username;
    private String agency;
    /** Tells this webmail session's login from another in the same second. */
    private String sessionKey;
    private transient MailAccount account;
    private transient Mailbox mailbox;
    /** The message last opened, so that its body frame and images need no second trip to the server. */
    private transient MessageView lastView;
    private transient String lastViewKey;
    /**
     * The folder list with its counts, kept briefly: some servers (GreenMail among them) count unread messages by
     * reading every flag, which costs more than the page itself on a 10,000-message folder. The leader's own changes
     * drop it at once; mail arriving shows within {@link #FOLDER_COUNTS_FRESH}.
     */
    private transient List<MailFolder> folders;
    private transient Instant foldersAt;

    public MailLoginMode mode() {
        return connections.mode();
    }

    /** The signed-in account's official mailbox address, from the directory. */
    public String address() {
        return ownMailbox(directory.me());
    }

    public synchronized boolean isOpen() {
        return mailbox != null && account != null && principalMatches();
    }

    /**
     * Logs in to the caller's own mailbox. A wrong password throws {@link MailLoginException}; an unreachable or slow
     * server {@link MailServerUnavailableException}; both say so in the reader's language.
     *
     * @param password what the leader typed (ignored in master mode); kept only in this session's memory
     */
    public synchronized void open(String password) {
        close();
        UserAccount me = directory.me();
        if (me.role() != Role.LEADER) {
            throw new AccessDeniedException("access.denied");
        }
        String address = ownMailbox(me);
        MailAccount candidate = connections.account(address, me.fullName(), password);
        Mailbox opened;
        try {
            opened = connections.open(candidate);
        } catch (MailLoginException e) {
            audit.recordRefusal(AuditAction.MAILBOX_OPENED, me.agency().value(), subject(address), e.messageKey());
            throw e;
        }
        account = candidate;
        mailbox = opened;
        username = me.username();
        agency = me.agency().value();
        sessionKey = UUID.randomUUID().toString();
        audit.record(AuditAction.MAILBOX_OPENED, agency, subject(address), AuditOutcome.SUCCESS, mode().name());
        fire(UsageEventKind.WEBMAIL_LOGIN, "session:" + sessionKey);
    }

    /**
     * Runs one operation on the open mailbox, reconnecting first if the server dropped the connection.
     *
     * @throws MailSessionClosedException when the mailbox is not open in this session
     */
    public synchronized <T> T use(Function<Mailbox, T> operation) {
        if (!isOpen()) {
            close();
            throw new MailSessionClosedException();
        }
        if (!mailbox.isConnected()) {
            mailbox.close();
            mailbox = connections.open(account);
        }
        return operation.apply(mailbox);
    }

    /** The folders with their message and unread counts. */
    public synchronized List<MailFolder> folders() {
        Instant now = clock.instant();
        if (folders == null || now.isAfter(foldersAt.plus(FOLDER_COUNTS_FRESH))) {
            folders = use(Mailbox::folders);
            foldersAt = now;
        }
        return folders;
    }

    public void markRead(String folder, long uid, boolean read) {
        forget();
        use(box -> {
            box.markRead(folder, uid, read);
            return null;
        });
    }

    /** Opens a message for the leader to read: marks it read and records the reading. */
    public MessageView read(String folder, long uid, RemoteImages images, String inlineImageUrl) {
        MessageView view = view(folder, uid, images, inlineImageUrl);
        fire(UsageEventKind.WEBMAIL_MESSAGE_READ, "read:" + sessionKey + ":" + folder + ":" + uid);
        return view;
    }

    /**
     * The message as {@link #read} gave it, for the parts of the page that follow (the body frame): no second
     * reading is recorded, and the last one opened is served from memory.
     */
    public synchronized MessageView view(String folder, long uid, RemoteImages images, String inlineImageUrl) {
        String key = folder + "\n" + uid + "\n" + images + "\n" + inlineImageUrl;
        if (lastView == null || !key.equals(lastViewKey) || !isOpen()) {
            lastView = use(box -> box.read(folder, uid, images, inlineImageUrl));
            lastViewKey = key;
            if (lastView.markedRead()) {
                folders = oneLessUnread(folders, folder);
            }
        }
        return lastView;
    }

    /**
     * The kept folder list after a message of {@code folder} was marked read: listing again would cost a STATUS per
     * folder (on GreenMail, a pass over every message), and reading is what a leader does most.
     */
    static List<MailFolder> oneLessUnread(List<MailFolder> folders, String folder) {
        if (folders == null) {
            return null;
        }
        return folders.stream().map(f -> f.fullName().equals(folder) && f.unread() > 0
                ? new MailFolder(f.fullName(), f.name(), f.total(), f.unread() - 1) : f).toList();
    }

    /** Sends from the leader's own address and files a copy in Sent. */
    public void send(Draft draft) {
        send(draft, false);
    }

    /** Whether the leader has a signing certificate configured, so that compose offers S/MIME signing. */
    public synchronized boolean canSign() {
        return isOpen() && connections.signer(account.address()).isPresent();
    }

    /**
     * Sends from the leader's own address, signed with the leader's own S/MIME certificate when asked, and files a
     * copy in Sent.
     *
     * @throws SmimeNotConfiguredException when signing is asked but no certificate is configured for the leader
     */
    public void send(Draft draft, boolean sign) {
        forget();
        SmimeSigner signer = null;
        if (sign) {
            if (!isOpen()) {
                throw new MailSessionClosedException();
            }
            signer = connections.signer(account.address()).orElseThrow(SmimeNotConfiguredException::new);
        }
        SmimeSigner chosen = signer;
        String messageId = use(box -> box.send(draft, chosen));
        audit.record(AuditAction.MAIL_SENT, agency, subject(account.address()), AuditOutcome.SUCCESS,
                (draft.to().size() + draft.cc().size() + draft.bcc().size()) + " recipients, "
                        + draft.attachments().size() + " attachments" + (sign ? ", S/MIME signed" : ""));
        fire(UsageEventKind.WEBMAIL_MESSAGE_SENT, "sent:" + Objects.requireNonNullElse(messageId, sessionKey));
    }

    public void saveDraft(Draft draft) {
        forget();
        use(box -> {
            box.saveDraft(draft);
            return null;
        });
        audit.record(AuditAction.MAIL_DRAFT_SAVED, agency, subject(account.address()), AuditOutcome.SUCCESS, null);
    }

    /** Removes a reopened draft once its newer version was sent or saved. */
    public void discardDraft(long uid) {
        forget();
        use(box -> {
            box.discardDraft(uid);
            return null;
        });
    }

    public void move(String folder, long uid, String target) {
        forget();
        use(box -> {
            box.move(folder, uid, target);
            return null;
        });
        audit.record(AuditAction.MAIL_MOVED, agency, subject(account.address()), AuditOutcome.SUCCESS,
                folder + " #" + uid + " → " + target);
    }

    /** Moves to Trash, or deletes for good from Trash. */
    public void delete(String folder, long uid) {
        forget();
        use(box -> {
            box.delete(folder, uid);
            return null;
        });
        audit.record(AuditAction.MAIL_DELETED, agency, subject(account.address()), AuditOutcome.SUCCESS,
                folder + " #" + uid);
    }

    /** Logs out of the mail server and forgets the password. */
    @PreDestroy
    public synchronized void close() {
        if (mailbox != null) {
            mailbox.close();
        }
        mailbox = null;
        account = null;
        forget();
    }

    /** After a change by the leader: what was kept may be stale. */
    private synchronized void forget() {
        lastView = null;
        lastViewKey = null;
        folders = null;
    }

    private boolean principalMatches() {
        try {
            return username != null && principal != null && username.equals(principal.getName());
        } catch (RuntimeException e) {
            // No request context (a session timing out): nobody to match.
            return false;
        }
    }

    private void fire(UsageEventKind kind, String distinguishing) {
        usage.fire(UsageEvent.fromWebmail(kind, vn.lienthong.adoption.Mailbox.of(account.address()), clock.instant(),
                distinguishing));
    }

    private static String ownMailbox(UserAccount me) {
        return me.mailbox().filter(m -> !m.isBlank()).orElseThrow(() -> new NoOfficialMailboxException(me.username()));
    }

    private static String subject(String address) {
        return "mailbox:" + address;
    }
}
