package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.CarriageMethod;
import vn.lienthong.exchange.Delivery;
import vn.lienthong.exchange.DeliveryHistoryEntry;
import vn.lienthong.exchange.DeliveryRequest;
import vn.lienthong.exchange.DeliveryRequests;
import vn.lienthong.exchange.DispatchAmendment;
import vn.lienthong.exchange.DispatchChange;
import vn.lienthong.exchange.DispatchCorrection;
import vn.lienthong.exchange.DispatchField;
import vn.lienthong.exchange.EdxmlExchange;
import vn.lienthong.exchange.NewPaperDispatch;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.OutgoingDocuments;
import vn.lienthong.exchange.OutgoingStatus;
import vn.lienthong.exchange.PaperDispatch;
import vn.lienthong.exchange.PaperDispatches;
import vn.lienthong.exchange.RequestAnswer;
import vn.lienthong.exchange.RequestKind;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.directory.AgencyNames;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    @Inject
    EdxmlExchange edxml;

    @Inject
    AgencyNames agencyNames;

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

    // Đính chính of the recorded dispatch, prefilled with what was recorded.
    private LocalDate fixDate;
    private CarriageMethod fixCarriage;
    private Integer fixCopies;
    private List<String> fixAgencies = new ArrayList<>();
    private String fixExternal;
    private String fixNote;
    private String fixReason;

    private transient UploadedFile platformAnswer;

    /** Reads the document once per view; an unknown one (or another agency's) shows the service's message. */
    public void load() {
        try {
            document = documents.find(id);
            deliveries = documents.deliveries(id);
            dispatch = dispatches.ofDocument(id);
            if (paperAgencies.isEmpty()) {
                paperAgencies = new ArrayList<>(document.recipients().stream().map(r -> r.agency().value()).toList());
            }
            dispatch.filter(p -> fixCarriage == null).ifPresent(this::prefillCorrection);
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
        return delivery.status().map(s -> !s.isFinal()).orElse(delivery.onNationalPlatform())
                && requestsOf(delivery).stream().noneMatch(r -> r.answer() == RequestAnswer.REQUESTED);
    }

    /** Documents of the agency that could replace this one: numbered, and not this one. */
    public List<OutgoingDocument> getReplacementCandidates() {
        return documents.ofMyAgency(0, 200).stream()
                .filter(d -> d.number().isPresent() && !d.id().equals(id)).toList();
    }

    public void recordDispatch() {
        List<AgencyCode> agencies = paperAgencies.stream().map(AgencyCode::parse).toList();
        List<String> external = lines(externalRecipients);
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

    private void prefillCorrection(PaperDispatch p) {
        fixDate = p.dispatchedOn();
        fixCarriage = p.carriage();
        fixCopies = p.copies();
        fixAgencies = new ArrayList<>(p.recipients().stream().flatMap(r -> r.agencyCode().stream()).map(AgencyCode::value).toList());
        fixExternal = String.join("\n", p.recipients().stream().flatMap(r -> r.externalName().stream()).toList());
        fixNote = p.note().orElse(null);
    }

    /** Đính chính: the whole form is sent; the service records only the fields that differ. */
    public void correctDispatch() {
        PaperDispatch p = getDispatch();
        if (p == null) {
            return;
        }
        List<AgencyCode> agencies = fixAgencies.stream().map(AgencyCode::parse).toList();
        if (FacesMessages.perform(() -> dispatches.correct(p.id(), new DispatchAmendment(fixDate, fixCarriage, fixCopies,
                agencies, lines(fixExternal), fixNote == null ? "" : fixNote, fixReason)), "paper.corrected")) {
            fixReason = null;
            fixCarriage = null;
            reload();
        }
    }

    public List<DispatchCorrection> getCorrections() {
        PaperDispatch p = getDispatch();
        return p == null ? List.of() : dispatches.corrections(p.id());
    }

    /** One changed field for a reader: its label, and the values as the page writes them. */
    public String describe(DispatchChange change) {
        return change.field().label() + ": " + shown(change.field(), change.before().orElse(null))
                + " → " + shown(change.field(), change.after().orElse(null));
    }

    private String shown(DispatchField field, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        return switch (field) {
            case DISPATCHED_ON -> LocalDate.parse(value).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case CARRIAGE -> CarriageMethod.valueOf(value).label();
            case RECIPIENTS -> Arrays.stream(value.split("; ")).map(this::recipientName).collect(Collectors.joining("; "));
            default -> value;
        };
    }

    private String recipientName(String codeOrName) {
        try {
            return agencyNames.of(AgencyCode.parse(codeOrName));
        } catch (RuntimeException notACode) {
            return codeOrName;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).filter(s -> !s.isBlank()).toList();
    }

    /** Whether a request to a recipient on the national platform waits for the platform's answer. */
    public boolean isAwaitingPlatform() {
        return getDeliveries().stream().anyMatch(d -> d.onNationalPlatform()
                && requestsOf(d).stream().anyMatch(r -> r.answer() == RequestAnswer.REQUESTED));
    }

    /** The platform's answer (15/16), imported from the edXML status message its connector collected. */
    public void importPlatformAnswer() {
        if (platformAnswer == null || platformAnswer.getSize() == 0) {
            FacesMessages.info("request.platformAnswer.missing");
            return;
        }
        byte[] content = platformAnswer.getContent();
        if (FacesMessages.perform(() -> edxml.importPackage(content), "request.platformAnswer.imported")) {
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

    public LocalDate getFixDate() {
        return fixDate;
    }

    public void setFixDate(LocalDate fixDate) {
        this.fixDate = fixDate;
    }

    public CarriageMethod getFixCarriage() {
        return fixCarriage;
    }

    public void setFixCarriage(CarriageMethod fixCarriage) {
        this.fixCarriage = fixCarriage;
    }

    public Integer getFixCopies() {
        return fixCopies;
    }

    public void setFixCopies(Integer fixCopies) {
        this.fixCopies = fixCopies;
    }

    public List<String> getFixAgencies() {
        return fixAgencies;
    }

    public void setFixAgencies(List<String> fixAgencies) {
        this.fixAgencies = fixAgencies == null ? new ArrayList<>() : new ArrayList<>(fixAgencies);
    }

    public String getFixExternal() {
        return fixExternal;
    }

    public void setFixExternal(String fixExternal) {
        this.fixExternal = fixExternal;
    }

    public String getFixNote() {
        return fixNote;
    }

    public void setFixNote(String fixNote) {
        this.fixNote = fixNote;
    }

    public String getFixReason() {
        return fixReason;
    }

    public void setFixReason(String fixReason) {
        this.fixReason = fixReason;
    }

    public UploadedFile getPlatformAnswer() {
        return platformAnswer;
    }

    public void setPlatformAnswer(UploadedFile platformAnswer) {
        this.platformAnswer = platformAnswer;
    }
}
