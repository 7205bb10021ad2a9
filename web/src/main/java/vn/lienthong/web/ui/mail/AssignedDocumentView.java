package vn.lienthong.web.ui.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.IncomingDocuments;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;

/** One incoming document from the leader's panel, read-only: what it is, who sent it, where it stands. */
@Named
@ViewScoped
public class AssignedDocumentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncomingDocuments documents;

    private long id;
    private transient IncomingDocument incoming;
    private transient OutgoingDocument original;

    public void load() {
        try {
            incoming = documents.find(id);
            original = documents.original(incoming);
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public IncomingDocument getIncoming() {
        return incoming;
    }

    public OutgoingDocument getOriginal() {
        return original;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
