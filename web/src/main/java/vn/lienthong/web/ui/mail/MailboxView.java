package vn.lienthong.web.ui.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.IncomingDocuments;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.mail.MailFolder;
import vn.lienthong.mail.MailLoginMode;
import vn.lienthong.mail.MessagePage;
import vn.lienthong.mail.SearchQuery;
import vn.lienthong.mail.Webmail;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Hộp thư công vụ: opening the leader's own mailbox, its folders with unread counts, one page of a folder (or of a
 * server-side search) and the official documents assigned to the leader. Folder, page, order and search terms are
 * GET parameters: nothing here changes the mailbox, so each page can be bookmarked and reloaded.
 */
@Named
@ViewScoped
public class MailboxView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    Webmail webmail;

    @Inject
    IncomingDocuments documents;

    private String folder = "INBOX";
    private int page = 1;
    private String order = "newest";
    private String subject;
    private String from;
    private String body;
    private LocalDate since;
    private LocalDate until;
    private transient String password;

    private transient List<MailFolder> folders;
    private transient MessagePage messages;
    private transient List<IncomingDocument> assigned;

    public boolean isOpen() {
        return webmail.isOpen();
    }

    public boolean isPasswordMode() {
        return webmail.mode() == MailLoginMode.PASSWORD;
    }

    public String getAddress() {
        return attempt(webmail::address, null);
    }

    /** Logs in; the password is forgotten by this page at once, whatever the outcome. */
    public String open() {
        try {
            webmail.open(password);
            return "/leader/mail/index.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            FacesMessages.error(e);
            return null;
        } finally {
            password = null;
        }
    }

    public String close() {
        webmail.close();
        FacesMessages.flashInfo("mail.closed");
        return "/leader/mail/index.xhtml?faces-redirect=true";
    }

    public List<MailFolder> getFolders() {
        if (folders == null) {
            folders = attempt(webmail::folders, List.of());
        }
        return folders;
    }

    public MessagePage getMessages() {
        if (messages == null) {
            messages = attempt(() -> webmail.use(box -> isSearching()
                    ? box.search(folder, query(), page, PAGE_SIZE)
                    : box.page(folder, page, PAGE_SIZE, "oldest".equals(order))), null);
        }
        return messages;
    }

    public boolean isSearching() {
        return !query().isEmpty();
    }

    private SearchQuery query() {
        return new SearchQuery(subject, from, body, since, until);
    }

    /** The incoming documents of the leader's agency assigned to them (an empty list shows the empty state). */
    public List<IncomingDocument> getAssigned() {
        if (assigned == null) {
            assigned = attempt(() -> documents.assignedToMe(0, 20), List.of());
        }
        return assigned;
    }

    /** The special folders in the page's language; the leader's own folders as they named them. */
    public String folderName(String fullName) {
        return MailLinks.folderName(fullName);
    }

    public OutgoingDocument original(IncomingDocument incoming) {
        return documents.original(incoming);
    }

    /** A failure of the mail server is said on the page, and the rest of the page still shows. */
    private static <T> T attempt(Supplier<T> action, T otherwise) {
        try {
            return action.get();
        } catch (DomainException e) {
            FacesMessages.error(e);
            return otherwise;
        }
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder == null || folder.isBlank() ? "INBOX" : folder;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = "oldest".equals(order) ? "oldest" : "newest";
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
