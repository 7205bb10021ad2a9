package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.CarriageMethod;
import vn.lienthong.exchange.Delivery;
import vn.lienthong.exchange.DeliveryHistoryEntry;
import vn.lienthong.exchange.DeliveryRequest;
import vn.lienthong.exchange.DeliveryRequests;
import vn.lienthong.exchange.NewPaperDispatch;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.OutgoingDocuments;
import vn.lienthong.exchange.OutgoingStatus;
import vn.lienthong.exchange.PaperDispatch;
import vn.lienthong.exchange.PaperDispatches;
import vn.lienthong.exchange.RequestAnswer;
import vn.lienthong.exchange.RequestKind;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One outgoing document: its metadata, and what can be done next. A carved-out document is recorded as a paper
 * dispatch here; a sent one shows each recipient's history, and the clerk asks a recipient to recall, update or
 * replace it.
 */
@Named
@ViewScoped
public class OutgoingDocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutgoingDocuments documents;

    @Inject
    PaperDispatches dispatches;

    @Inject
    DeliveryRequests requests;

    private long id;
    private transient OutgoingDocument document;
    private transient List<Delivery> deliveries;
    private transient Optional<PaperDispatch> dispatch;
    private boolean missing;

    private LocalDate dispatchedOn;
    private CarriageMethod carriage;
    private Integer copies;
    private List<String> paperAgencies = new ArrayList<>();
    private String externalRecipients;
    private String note;

    // Keyed by delivery; Faces fills map entries with the submitted text, so the values are kept as text.
    private final Map<Long, String> kinds = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> replacements = new HashMap<>();

    /** Reads the document once per view; an unknown one (or another agency's) shows the service's message. */
    public void load() {
        try {
            document = documents.find(id);
            deliveries = documents.deliveries(id);
            dispatch = dispatches.ofDocument(id);
            if (paperAgencies.isEmpty()) {
                paperAgencies = new ArrayList<>(document.recipients().stream().map(r -> r.agency().value()).toList());
            }
        } catch (DomainException e) {
            missing = true;
            FacesMessages.error(e);
        }
    }

    public OutgoingDocument getDocument() {
        if (document == null && !missing) {
            load();
        }
        return document;
    }

    public boolean isMissing() {
        return missing;
    }

    public List<Delivery> getDeliveries() {
        getDocument();
        return deliveries == null ? List.of() : deliveries;
    }

    public PaperDispatch getDispatch() {
        getDocument();
        return dispatch == null ? null : dispatch.orElse(null);
    }

    /** A carved-out document that has its number and has not left yet. */
    public boolean isAwaitingPaperDispatch() {
        OutgoingDocument d = getDocument();
        return d != null && d.carveOut().isPresent() && d.status() == OutgoingStatus.ISSUED;
    }

    public List<DeliveryHistoryEntry> history(Delivery delivery) {
        return documents.history(delivery.id());
    }

    public List<DeliveryRequest> requestsOf(Delivery delivery) {
        return requests.ofDelivery(delivery.id());
    }

    /** The sender may ask once the copy arrived, while no other request waits and the copy is still there. */
    public boolean mayAsk(Delivery delivery) {
        return delivery.status().filter(s -> !s.isFinal()).isPresent()
                && requestsOf(delivery).stream().noneMatch(r -> r.answer() == RequestAnswer.REQUESTED);
    }

    /** Documents of the agency that could replace this one: numbered, and not this one. */
    public List<OutgoingDocument> getReplacementCandidates() {
        return documents.ofMyAgency(0, 200).stream()
                .filter(d -> d.number().isPresent() && !d.id().equals(id)).toList();
    }

    public void recordDispatch() {
        List<AgencyCode> agencies = paperAgencies.stream().map(AgencyCode::parse).toList();
        List<String> external = externalRecipients == null ? List.of()
                : Arrays.stream(externalRecipients.split("\\R")).filter(s -> !s.isBlank()).toList();
        if (FacesMessages.perform(() -> dispatches.record(new NewPaperDispatch(id, dispatchedOn, carriage, copies,
                agencies, external, note)), "paper.recorded")) {
            reload();
        }
    }

    public void ask(Delivery delivery) {
        RequestKind kind = RequestKind.valueOf(kinds.getOrDefault(delivery.id(), RequestKind.RECALL.name()));
        String chosen = replacements.get(delivery.id());
        Long replacement = kind == RequestKind.REPLACE && chosen != null && !chosen.isBlank() ? Long.valueOf(chosen) : null;
        if (FacesMessages.perform(() -> requests.ask(delivery.id(), kind, reasons.get(delivery.id()), replacement),
                "request.sent")) {
            reasons.remove(delivery.id());
            reload();
        }
    }

    private void reload() {
        document = null;
        missing = false;
        load();
    }

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }

    public CarriageMethod[] getCarriages() {
        return CarriageMethod.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public LocalDate getDispatchedOn() {
        return dispatchedOn;
    }

    public void setDispatchedOn(LocalDate dispatchedOn) {
        this.dispatchedOn = dispatchedOn;
    }

    public CarriageMethod getCarriage() {
        return carriage;
    }

    public void setCarriage(CarriageMethod carriage) {
        this.carriage = carriage;
    }

    public Integer getCopies() {
        return copies;
    }

    public void setCopies(Integer copies) {
        this.copies = copies;
    }

    public List<String> getPaperAgencies() {
        return paperAgencies;
    }

    public void setPaperAgencies(List<String> paperAgencies) {
        this.paperAgencies = paperAgencies == null ? new ArrayList<>() : new ArrayList<>(paperAgencies);
    }

    public String getExternalRecipients() {
        return externalRecipients;
    }

    public void setExternalRecipients(String externalRecipients) {
        this.externalRecipients = externalRecipients;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<Long, String> getRequestKinds() {
        return kinds;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getReplacements() {
        return replacements;
    }
}
