package vn.lienthong.web.ui.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.exchange.DocumentType;
import vn.lienthong.exchange.DocumentFiles;
import vn.lienthong.exchange.OutgoingDraft;
import vn.lienthong.exchange.Priority;
import vn.lienthong.exchange.Recipient;
import vn.lienthong.exchange.Secrecy;
import vn.lienthong.exchange.SteeringType;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Soạn văn bản đi: the clerk fills in a draft; issuing and sending happen from the sent list. */
@Named
@ViewScoped
public class ComposeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryService directory;

    @Inject
    DocumentFiles files;

    private transient UploadedFile mainFile;
    private transient UploadedFiles appendices;

    private DocumentType documentType = DocumentType.OFFICIAL_LETTER;
    private String subject;
    private String notation;
    private String signerCompetence;
    private String signerPosition;
    private String signerName;
    private String place = "TP. Hồ Chí Minh";
    private Priority priority = Priority.NORMAL;
    private SteeringType steeringType = SteeringType.NOT_STEERING;
    private LocalDate dueDate;
    private Secrecy secrecy = Secrecy.THUONG;
    private boolean paperOnly;
    private List<String> mainRecipients = new ArrayList<>();
    private List<String> otherPlaces = new ArrayList<>();

    /** Every agency but the caller's own: one cannot send to oneself. */
    public List<Agency> getRecipientChoices() {
        AgencyCode own = directory.caller().agency();
        return directory.agencies().stream().filter(a -> !a.code().equals(own)).toList();
    }

    public String save() {
        try {
            List<Recipient> recipients = new ArrayList<>();
            mainRecipients.forEach(code -> recipients.add(new Recipient(AgencyCode.parse(code), true)));
            otherPlaces.stream().filter(code -> !mainRecipients.contains(code))
                    .forEach(code -> recipients.add(new Recipient(AgencyCode.parse(code), false)));
            long id = files.draftWithFiles(new OutgoingDraft(documentType, subject, notation, signerCompetence,
                    signerPosition, signerName, place, priority, steeringType, dueDate, secrecy, paperOnly, recipients),
                    UploadedFileList.of(mainFile, appendices)).id();
            FacesMessages.flashInfo("outgoing.saved");
            return "/clerk/outgoing.xhtml?faces-redirect=true&highlight=" + id;
        } catch (DomainException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    public UploadedFile getMainFile() { return mainFile; }
    public void setMainFile(UploadedFile mainFile) { this.mainFile = mainFile; }
    public UploadedFiles getAppendices() { return appendices; }
    public void setAppendices(UploadedFiles appendices) { this.appendices = appendices; }

    public DocumentType[] getDocumentTypes() {
        return DocumentType.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public SteeringType[] getSteeringTypes() {
        return SteeringType.values();
    }

    public Secrecy[] getSecrecies() {
        return Secrecy.values();
    }

    public DocumentType getDocumentType() { return documentType; }
    public void setDocumentType(DocumentType documentType) { this.documentType = documentType; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getNotation() { return notation; }
    public void setNotation(String notation) { this.notation = notation; }
    public String getSignerCompetence() { return signerCompetence; }
    public void setSignerCompetence(String signerCompetence) { this.signerCompetence = signerCompetence; }
    public String getSignerPosition() { return signerPosition; }
    public void setSignerPosition(String signerPosition) { this.signerPosition = signerPosition; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public SteeringType getSteeringType() { return steeringType; }
    public void setSteeringType(SteeringType steeringType) { this.steeringType = steeringType; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Secrecy getSecrecy() { return secrecy; }
    public void setSecrecy(Secrecy secrecy) { this.secrecy = secrecy; }
    public boolean isPaperOnly() { return paperOnly; }
    public void setPaperOnly(boolean paperOnly) { this.paperOnly = paperOnly; }
    public List<String> getMainRecipients() { return mainRecipients; }
    public void setMainRecipients(List<String> mainRecipients) { this.mainRecipients = mainRecipients; }
    public List<String> getOtherPlaces() { return otherPlaces; }
    public void setOtherPlaces(List<String> otherPlaces) { this.otherPlaces = otherPlaces; }
}
