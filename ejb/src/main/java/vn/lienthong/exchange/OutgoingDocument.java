package vn.lienthong.exchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Văn bản đi: a document an agency drafts, numbers in its register and sends. Its rules live here: what a draft
 * needs, that a number is issued once and from the right series, and which documents are carved out.
 */
@Entity
@Table(name = "outgoing_document")
@NamedQuery(name = "OutgoingDocument.findByAgency",
        query = "SELECT d FROM OutgoingDocument d WHERE d.agencyCode = :agency AND d.imported = false"
                + " ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(name = "OutgoingDocument.imported",
        query = "SELECT d FROM OutgoingDocument d WHERE d.agencyCode = :agency AND d.imported = true"
                + " AND d.edxmlDocumentId = :documentId")
@NamedQuery(name = "OutgoingDocument.byIds", query = "SELECT d FROM OutgoingDocument d WHERE d.id IN :ids")
@NamedQuery(name = "OutgoingDocument.heldOfAgency",
        query = "SELECT d FROM OutgoingDocument d WHERE d.agencyCode = :agency AND d.status = vn.lienthong.exchange.OutgoingStatus.HELD"
                + " ORDER BY d.createdAt DESC, d.id DESC")
public class OutgoingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_code", nullable = false, length = 13)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;

    @Column(name = "subject", nullable = false, length = 1000)
    private String subject;

    /** The subject without diacritics or case, for search: "cai cach hanh chinh" finds "Cải cách hành chính". */
    @Column(name = "subject_folded", nullable = false, length = 1000)
    private String subjectFolded;

    @Column(name = "notation", nullable = false, length = 60)
    private String notation;

    @Column(name = "signer_competence", length = 20)
    private String signerCompetence;

    @Column(name = "signer_position", nullable = false)
    private String signerPosition;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    @Column(name = "place", nullable = false)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "steering_type", nullable = false)
    private SteeringType steeringType;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "secrecy", nullable = false)
    private Secrecy secrecy;

    @Column(name = "paper_only", nullable = false)
    private boolean paperOnly;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OutgoingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "register_series")
    private RegisterSeries registerSeries;

    @Column(name = "register_year")
    private Integer registerYear;

    @Column(name = "number")
    private Integer number;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outgoing_recipient", joinColumns = @JoinColumn(name = "document_id"))
    private Set<Recipient> recipients = new LinkedHashSet<>();

    /**
     * Read from an external edXML package rather than written here: the sender's document as the recipient received
     * it. It is never in its sender's lists, registers or search; only recipients' incoming copies point at it.
     */
    @Column(name = "imported", nullable = false)
    private boolean imported;

    /** The package's DocumentId, for an imported document: a second import of the same package finds this one. */
    @Column(name = "edxml_document_id", length = 300)
    private String edxmlDocumentId;

    @Version
    private long version;

    protected OutgoingDocument() {
    }

    /**
     * A document received in an edXML package from {@code sender}: already numbered and sent by its sender. The
     * package may leave the signer and place empty, which a draft here would not.
     */
    public static OutgoingDocument imported(AgencyCode sender, String edxmlDocumentId, DocumentNumber code,
                                            LocalDate promulgated, Instant promulgatedAt, OutgoingDraft draft,
                                            String importedBy, Instant now) {
        OutgoingDocument d = new OutgoingDocument();
        d.agencyCode = Objects.requireNonNull(sender, "sender").value();
        d.imported = true;
        d.edxmlDocumentId = Objects.requireNonNull(edxmlDocumentId, "edxmlDocumentId");
        d.documentType = required(draft.documentType(), "documentType");
        d.subject = requiredText(draft.subject(), "subject");
        d.subjectFolded = VietnameseText.fold(d.subject);
        d.notation = code.notation();
        d.number = code.number();
        d.registerYear = promulgated.getYear();
        d.signerCompetence = draft.signerCompetence();
        d.signerPosition = Objects.requireNonNullElse(draft.signerPosition(), "");
        d.signerName = Objects.requireNonNullElse(draft.signerName(), "");
        d.place = Objects.requireNonNullElse(draft.place(), "");
        d.priority = draft.priority() == null ? Priority.NORMAL : draft.priority();
        d.steeringType = draft.steeringType() == null ? SteeringType.NOT_STEERING : draft.steeringType();
        d.dueDate = draft.dueDate();
        d.secrecy = Secrecy.THUONG;
        d.recipients = new LinkedHashSet<>(draft.recipients());
        d.status = OutgoingStatus.SENT;
        d.issuedAt = promulgatedAt;
        d.issuedBy = importedBy;
        d.createdBy = importedBy;
        d.createdAt = now;
        return d;
    }

    public OutgoingDocument(AgencyCode sender, OutgoingDraft draft, String createdBy, Instant createdAt) {
        Objects.requireNonNull(draft, "draft");
        this.agencyCode = Objects.requireNonNull(sender, "sender").value();
        this.documentType = required(draft.documentType(), "documentType");
        this.subject = requiredText(draft.subject(), "subject");
        this.subjectFolded = VietnameseText.fold(subject);
        // The notation is validated by the same rule as a full number: a number of 1 stands in for the one to come.
        this.notation = new DocumentNumber(1, requiredText(draft.notation(), "notation")).notation();
        this.signerCompetence = draft.signerCompetence();
        this.signerPosition = requiredText(draft.signerPosition(), "signerPosition");
        this.signerName = requiredText(draft.signerName(), "signerName");
        this.place = requiredText(draft.place(), "place");
        this.priority = draft.priority() == null ? Priority.NORMAL : draft.priority();
        this.steeringType = draft.steeringType() == null ? SteeringType.NOT_STEERING : draft.steeringType();
        this.dueDate = draft.dueDate();
        this.secrecy = draft.secrecy() == null ? Secrecy.THUONG : draft.secrecy();
        this.paperOnly = draft.paperOnly();
        this.recipients = recipientsOf(sender, draft.recipients());
        this.status = OutgoingStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    private static Set<Recipient> recipientsOf(AgencyCode sender, List<Recipient> given) {
        if (given == null || given.stream().noneMatch(Recipient::main)) {
            throw new InvalidInputException("document.recipients.required");
        }
        Set<Recipient> result = new LinkedHashSet<>();
        for (Recipient recipient : given) {
            if (recipient.agency().equals(sender)) {
                throw new InvalidInputException("document.recipients.self", sender.value());
            }
            if (!result.add(recipient)) {
                throw new InvalidInputException("document.recipients.duplicate", recipient.agency().value());
            }
        }
        return result;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException("document.field.required", field);
        }
        return value;
    }

    private static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("document.field.required", field);
        }
        return value.strip();
    }

    /** Why this document may not travel electronically, if it may not. */
    public Optional<CarveOut> carveOut() {
        return CarveOut.of(secrecy, paperOnly);
    }

    /** The register run this document is numbered in when issued at {@code when}: classified ones have their own. */
    public RegisterKey registerKey(Instant when) {
        RegisterSeries series = carveOut().map(CarveOut::series).orElse(RegisterSeries.NORMAL);
        return RegisterKey.at(agency(), RegisterKind.OUTGOING, series, when);
    }

    /** Cấp số: takes the number the register gave for {@code key}. Once only, and only for this agency's draft. */
    public void issue(RegisterKey key, int issuedNumber, String by, Instant at) {
        requireNotHeld();
        if (status != OutgoingStatus.DRAFT) {
            throw new DocumentStateException("document.alreadyIssued", number().map(DocumentNumber::format).orElse(""));
        }
        if (!key.agency().equals(agency()) || key.kind() != RegisterKind.OUTGOING) {
            throw new IllegalArgumentException("register " + key + " is not this document's");
        }
        this.number = new DocumentNumber(issuedNumber, notation).number();
        this.registerSeries = key.series();
        this.registerYear = key.year();
        this.issuedBy = Objects.requireNonNull(by, "by");
        this.issuedAt = Objects.requireNonNull(at, "at");
        this.status = OutgoingStatus.ISSUED;
    }

    /** Gửi: the issued document leaves electronically; carved-out documents never do. */
    public void send() {
        CarveOut.requireElectronic(secrecy, paperOnly);
        requireNotHeld();
        if (status != OutgoingStatus.ISSUED) {
            throw new DocumentStateException(status == OutgoingStatus.DRAFT ? "document.notIssued" : "document.alreadySent");
        }
        status = OutgoingStatus.SENT;
    }

    /**
     * Chuyển bản giấy: a carved-out document, once numbered, leaves on paper. An ordinary document goes electronically
     * and is refused here, so that no document is counted as carved out without a reason.
     */
    public CarveOut dispatchOnPaper() {
        CarveOut reason = carveOut().orElseThrow(() -> new DocumentStateException("paperDispatch.notCarvedOut"));
        if (status != OutgoingStatus.ISSUED) {
            throw new DocumentStateException(status == OutgoingStatus.DRAFT ? "document.notIssued" : "paperDispatch.already");
        }
        status = OutgoingStatus.PAPER_DISPATCHED;
        return reason;
    }

    /**
     * Thu hồi or thay thế: a recipient agreed to a recall or a replacement, so the record is frozen: nothing is sent or
     * changed any more. The first agreement names the status; a later one leaves it.
     */
    public void freeze(RequestKind kind) {
        if (!frozen()) {
            status = kind == RequestKind.REPLACE ? OutgoingStatus.REPLACED : OutgoingStatus.RECALLED;
        }
    }

    public boolean frozen() {
        return status == OutgoingStatus.RECALLED || status == OutgoingStatus.REPLACED;
    }

    /** Files may be added or removed only while the document is a draft of a grade that may hold files. */
    public void requireEditableFiles() {
        requireNotHeld();
        if (status != OutgoingStatus.DRAFT) {
            throw new DocumentStateException("file.notDraft");
        }
        if (secrecy.isClassified()) {
            throw new CarvedOutException(CarveOut.CLASSIFIED);
        }
    }

    /** Bị giữ lại: a file's text carries a secrecy stamp while the document is marked ordinary. */
    void hold() {
        if (status != OutgoingStatus.DRAFT && status != OutgoingStatus.HELD) {
            throw new DocumentStateException("file.notDraft");
        }
        status = OutgoingStatus.HELD;
    }

    /** The decider found the document ordinary after all: it goes on as a draft. */
    void release() {
        requireHeld();
        status = OutgoingStatus.DRAFT;
    }

    /**
     * The decider marked it classified: it becomes a classified draft, numbered in the secret series when issued and
     * recorded as a paper dispatch; its files leave the payload store (the caller deletes them).
     */
    void remark(Secrecy grade) {
        requireHeld();
        if (grade == null || !grade.isClassified()) {
            throw new InvalidInputException("hold.remark.grade");
        }
        secrecy = grade;
        status = OutgoingStatus.DRAFT;
    }

    private void requireHeld() {
        if (status != OutgoingStatus.HELD) {
            throw new DocumentStateException("hold.notHeld");
        }
    }

    private void requireNotHeld() {
        if (status == OutgoingStatus.HELD) {
            throw new DocumentStateException("hold.held");
        }
    }

    public boolean isImported() {
        return imported;
    }

    public Optional<String> edxmlDocumentId() {
        return Optional.ofNullable(edxmlDocumentId);
    }

    public Long id() {
        return id;
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public DocumentType documentType() {
        return documentType;
    }

    public String subject() {
        return subject;
    }

    public String notation() {
        return notation;
    }

    public Optional<DocumentNumber> number() {
        return number == null ? Optional.empty() : Optional.of(new DocumentNumber(number, notation));
    }

    public Optional<RegisterSeries> registerSeries() {
        return Optional.ofNullable(registerSeries);
    }

    public Optional<Integer> registerYear() {
        return Optional.ofNullable(registerYear);
    }

    public Optional<String> signerCompetence() {
        return Optional.ofNullable(signerCompetence);
    }

    public String signerPosition() {
        return signerPosition;
    }

    public String signerName() {
        return signerName;
    }

    public String place() {
        return place;
    }

    public Priority priority() {
        return priority;
    }

    public SteeringType steeringType() {
        return steeringType;
    }

    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    public Secrecy secrecy() {
        return secrecy;
    }

    public boolean paperOnly() {
        return paperOnly;
    }

    public OutgoingStatus status() {
        return status;
    }

    public Optional<Instant> issuedAt() {
        return Optional.ofNullable(issuedAt);
    }

    public Optional<String> issuedBy() {
        return Optional.ofNullable(issuedBy);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Recipient> recipients() {
        return List.copyOf(recipients);
    }
}
