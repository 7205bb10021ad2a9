package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.exchange.DeliveryRequest;
import vn.lienthong.exchange.DeliveryRequests;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.IncomingDocuments;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.RequestAnswer;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * One incoming document, with the sender's recall, update or replace requests about it; the clerk agrees or
 * refuses (with a reason). Once a recall is agreed the document is gone from the agency's view.
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
    private transient List<DeliveryRequest> list;
    private boolean missing;

    public void load() {
        try {
            incoming = documents.find(id);
            original = documents.original(incoming);
            list = requests.ofDelivery(incoming.delivery().id());
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
