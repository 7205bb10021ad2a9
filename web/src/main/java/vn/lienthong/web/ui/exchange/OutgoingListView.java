package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.exchange.Delivery;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.OutgoingDocuments;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Văn bản đi: the agency's documents, newest first, with issue and send, and each recipient's status. */
@Named
@ViewScoped
public class OutgoingListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutgoingDocuments documents;

    private transient List<OutgoingDocument> list;
    private transient Map<Long, List<Delivery>> deliveries;

    public List<OutgoingDocument> getDocuments() {
        if (list == null) {
            list = documents.ofMyAgency(0, 100);
            deliveries = new HashMap<>();
        }
        return list;
    }

    public List<Delivery> deliveriesOf(OutgoingDocument document) {
        getDocuments();
        return deliveries.computeIfAbsent(document.id(), documents::deliveries);
    }

    public void issue(OutgoingDocument document) {
        act(() -> documents.issue(document.id()), "outgoing.issued");
    }

    public void send(OutgoingDocument document) {
        act(() -> documents.send(document.id()), "outgoing.sent");
    }

    public void resend(Delivery delivery) {
        act(() -> documents.resend(delivery.id()), "outgoing.sent");
    }

    public void refresh() {
        list = null;
    }

    private void act(Runnable action, String doneKey) {
        FacesMessages.perform(action, doneKey);
        list = null;
    }
}
