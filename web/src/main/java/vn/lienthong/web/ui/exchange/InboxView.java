package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.exchange.DocumentFile;
import vn.lienthong.exchange.DocumentFiles;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.IncomingDocuments;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.platform.Messages;
import vn.lienthong.signing.Verdict;
import vn.lienthong.web.ui.platform.FacesMessages;

import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Văn bản đến: the agency's inbox, with accept, return (with a reason) and assign. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncomingDocuments documents;

    @Inject
    DirectoryService directory;

    @Inject
    DocumentFiles files;

    private transient List<IncomingDocument> list;
    private transient Map<Long, OutgoingDocument> originals;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> assignees = new HashMap<>();

    public List<IncomingDocument> getDocuments() {
        if (list == null) {
            list = documents.inbox(0, 100);
            originals = new HashMap<>(documents.originals(list));
        }
        return list;
    }

    public OutgoingDocument original(IncomingDocument incoming) {
        getDocuments();
        return originals.computeIfAbsent(incoming.id(), id -> documents.original(incoming));
    }

    /** The files that came with an incoming document: the sender's, byte for byte. */
    public List<DocumentFile> files(IncomingDocument incoming) {
        return files.ofIncoming(incoming.id());
    }

    /** Hợp lệ / Không hợp lệ / Chưa xác định, as checked on arrival (stored, not verified again). */
    public String verdictText(IncomingDocument incoming) {
        return incoming.signatureVerdict().map(v -> Messages.format(
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), v.messageKey())).orElse("");
    }

    /** INVALID and INDETERMINATE ones are decided on the document's own page, where the reports are. */
    public boolean plainlyAcceptable(IncomingDocument incoming) {
        return incoming.signatureVerdict().filter(v -> v != Verdict.VALID).isEmpty();
    }

    public List<UserAccount> getColleagues() {
        return directory.people(directory.caller().agency());
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getAssignees() {
        return assignees;
    }

    public void accept(IncomingDocument incoming) {
        act(() -> documents.accept(incoming.id()), "inbox.accepted");
    }

    public void returnToSender(IncomingDocument incoming) {
        act(() -> documents.returnToSender(incoming.id(), reasons.get(incoming.id())), "inbox.returned");
    }

    public void assign(IncomingDocument incoming) {
        act(() -> documents.assign(incoming.id(), assignees.get(incoming.id())), "inbox.assigned");
    }

    private void act(Runnable action, String doneKey) {
        FacesMessages.perform(action, doneKey);
        list = null;
    }
}
