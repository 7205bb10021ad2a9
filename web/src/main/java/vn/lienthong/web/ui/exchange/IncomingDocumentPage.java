package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.exchange.DeliveryRequest;
import vn.lienthong.exchange.DeliveryRequests;
import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.IncomingDocuments;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.RequestAnswer;
import vn.lienthong.exchange.SignatureCheck;
import vn.lienthong.platform.ClockProducer;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.Messages;
import vn.lienthong.signing.Verdict;
import vn.lienthong.web.ui.platform.FacesMessages;

import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One incoming document, with what checking its signatures found on arrival (read from the stored verdicts, never
 * verified again here) and the clerk's accept or return: an INVALID one can only be returned, with the reason
 * prefilled; an INDETERMINATE one is accepted only by ticking the decision and saying why. Also the sender's recall,
 * update or replace requests about it; the clerk agrees or refuses (with a reason). Once a recall is agreed the
 * document is gone from the agency's view.
 */
@Named
@ViewScoped
public class IncomingDocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncomingDocuments documents;

    @Inject
    DeliveryRequests requests;

    private long id;
    private String note;
    private transient IncomingDocument incoming;
    private transient OutgoingDocument original;
    private static final DateTimeFormatter SIGNING_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private transient List<DeliveryRequest> list;
    private transient List<SignatureCheck> checks;
    private boolean missing;
    private String returnReason;
    private boolean acceptIndeterminate;
    private String decisionNote;

    public void load() {
        try {
            incoming = documents.find(id);
            original = documents.original(incoming);
            list = requests.ofDelivery(incoming.delivery().id());
            checks = documents.signatureChecks(id);
            if (returnReason == null && incoming.signatureVerdict().filter(v -> v == Verdict.INVALID).isPresent()) {
                returnReason = invalidReason();
            }
        } catch (DomainException e) {
            missing = true;
            incoming = null;
            FacesMessages.error(e);
        }
    }

    public IncomingDocument getIncoming() {
        if (incoming == null && !missing) {
            load();
        }
        return incoming;
    }

    public OutgoingDocument getOriginal() {
        getIncoming();
        return original;
    }

    public List<DeliveryRequest> getRequests() {
        getIncoming();
        return list == null ? List.of() : list;
    }

    public DeliveryRequest getPending() {
        return getRequests().stream().filter(r -> r.answer() == RequestAnswer.REQUESTED).findFirst().orElse(null);
    }

    public boolean isMissing() {
        return missing;
    }

    public void agree() {
        answer(true, "request.agreed");
    }

    public void refuse() {
        answer(false, "request.refused");
    }

    private void answer(boolean agree, String doneKey) {
        DeliveryRequest pending = getPending();
        if (pending != null && FacesMessages.perform(() -> requests.answer(pending.id(), agree, note), doneKey)) {
            note = null;
            incoming = null;
            load();
        }
    }

    /** File by file, then the edXML envelope. */
    public List<SignatureCheck> getChecks() {
        getIncoming();
        return checks == null ? List.of() : checks;
    }

    /** VALID, INVALID, INDETERMINATE, or empty when the document came with nothing to check. */
    public String getVerdict() {
        return getIncoming() == null ? "" : incoming.signatureVerdict().map(Enum::name).orElse("");
    }

    public String getVerdictText() {
        return getIncoming() == null ? "" : incoming.signatureVerdict().map(v -> text(v.messageKey())).orElse("");
    }

    public String getReasonText() {
        return getIncoming() == null ? "" : incoming.signatureReason().map(r -> text(r.messageKey())).orElse("");
    }

    public String verdictText(SignatureCheck check) {
        return text(check.verdict().messageKey());
    }

    public String reasonText(SignatureCheck check) {
        return text(check.reason().messageKey());
    }

    /** dd/MM/yyyy HH:mm, Vietnamese time, as the signer claims it; empty when the signature carries no time. */
    public String signingTime(SignatureCheck check) {
        return check.signingTime().map(t -> SIGNING_TIME.format(t.atZone(ClockProducer.VIETNAM))).orElse("");
    }

    public boolean isArrived() {
        return getIncoming() != null && incoming.delivery().status().filter(s -> s == DeliveryStatus.ARRIVED).isPresent();
    }

    public void accept() {
        if (FacesMessages.perform(() -> documents.accept(id, acceptIndeterminate,
                acceptIndeterminate ? (decisionNote == null ? "" : decisionNote) : null), "inbox.accepted")) {
            reload();
        }
    }

    public void returnToSender() {
        if (FacesMessages.perform(() -> documents.returnToSender(id, returnReason), "inbox.returned")) {
            reload();
        }
    }

    private void reload() {
        incoming = null;
        load();
    }

    /** The return reason a clerk starts from: the first failing file and why, in the sender's language (Vietnamese). */
    private String invalidReason() {
        return checks.stream().filter(c -> c.verdict() == Verdict.INVALID).findFirst()
                .map(c -> Messages.format(Messages.VIETNAMESE, "signature.return.reason", c.checkedName(),
                        Messages.format(Messages.VIETNAMESE, c.reason().messageKey())))
                .orElse(null);
    }

    private static String text(String key) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.format(locale, key);
    }

    public String chain(SignatureCheck check) {
        return check.chain().stream().collect(Collectors.joining(" → "));
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public boolean isAcceptIndeterminate() {
        return acceptIndeterminate;
    }

    public void setAcceptIndeterminate(boolean acceptIndeterminate) {
        this.acceptIndeterminate = acceptIndeterminate;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
