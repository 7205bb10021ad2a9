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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chuyển bản giấy: a classified or paper-only document left on paper. The system holds no file of it, only that it
 * happened: when, how, how many copies, to whom, and who recorded it. Its number is the document's, from the secret
 * series for a classified document.
 */
@Entity
@Table(name = "paper_dispatch")
@NamedQuery(name = "PaperDispatch.ofDocument", query = "SELECT p FROM PaperDispatch p WHERE p.outgoingId = :document")
@NamedQuery(name = "PaperDispatch.ofDocuments", query = "SELECT p FROM PaperDispatch p WHERE p.outgoingId IN :documents")
@NamedQuery(name = "PaperDispatch.ofAgency",
        query = "SELECT p FROM PaperDispatch p WHERE p.agencyCode = :agency ORDER BY p.dispatchedOn DESC, p.id DESC")
public class PaperDispatch {

    /** Enough for any real dispatch; a larger figure is a typing mistake. */
    public static final int MAX_COPIES = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "outgoing_id", nullable = false, unique = true)
    private long outgoingId;

    @Column(name = "agency_code", nullable = false, length = 13)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "carve_out", nullable = false, length = 16)
    private CarveOut carveOut;

    @Column(name = "dispatched_on", nullable = false)
    private LocalDate dispatchedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "carriage", nullable = false, length = 16)
    private CarriageMethod carriage;

    @Column(name = "copies", nullable = false)
    private int copies;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "paper_dispatch_recipient", joinColumns = @JoinColumn(name = "dispatch_id"))
    @OrderColumn(name = "position")
    private List<PaperRecipient> recipients = new ArrayList<>();

    /** Đính chính so far; the register notes it. */
    @Column(name = "corrections", nullable = false)
    private int corrections;

    @Version
    private long version;

    protected PaperDispatch() {
    }

    /**
     * @param issuedOn the document's issue date in Vietnam: a dispatch cannot leave before its number exists
     * @param today    today in Vietnam: a dispatch is recorded once it happened, not ahead of time
     */
    public PaperDispatch(OutgoingDocument document, CarveOut carveOut, NewPaperDispatch request,
                         List<PaperRecipient> recipients, LocalDate issuedOn, LocalDate today, String by, Instant at) {
        this.outgoingId = document.id();
        this.agencyCode = document.agency().value();
        this.carveOut = Objects.requireNonNull(carveOut, "carveOut");
        this.dispatchedOn = dateWithin(request.dispatchedOn() == null ? today : request.dispatchedOn(), issuedOn, today);
        if (request.carriage() == null) {
            throw new InvalidInputException("document.field.required", "carriage");
        }
        this.carriage = request.carriage();
        this.copies = copiesWithin(request.copies() == null ? recipients.size() : request.copies());
        this.recipients = distinct(recipients, document.agency());
        this.note = note(request.note());
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Đính chính: corrects what was recorded, under the same rules as recording it. The number, series, carve-out and
     * document stay; only what the clerk wrote down may change, and a correction that changes nothing is refused.
     *
     * @param newRecipients the corrected recipients, or null to keep them
     * @return the correction, with what it changed, for the dispatch's history
     */
    public DispatchCorrection correct(DispatchAmendment amendment, List<PaperRecipient> newRecipients,
                                      LocalDate issuedOn, LocalDate today, String by, Instant at) {
        Objects.requireNonNull(amendment, "amendment");
        String why = amendment.reason() == null || amendment.reason().isBlank() ? null : amendment.reason().strip();
        if (why == null) {
            throw new InvalidInputException("paperDispatch.correction.reason.required");
        }
        if (why.length() > 1000) {
            throw new InvalidInputException("paperDispatch.correction.reason.tooLong", 1000);
        }
        LocalDate newDate = amendment.dispatchedOn() == null ? dispatchedOn : dateWithin(amendment.dispatchedOn(), issuedOn, today);
        CarriageMethod newCarriage = amendment.carriage() == null ? carriage : amendment.carriage();
        int newCopies = amendment.copies() == null ? copies : copiesWithin(amendment.copies());
        List<PaperRecipient> newList = newRecipients == null ? recipients : distinct(newRecipients, agency());
        String newNote = amendment.note() == null ? note : note(amendment.note());

        List<DispatchChange> changes = new ArrayList<>();
        changed(changes, DispatchField.DISPATCHED_ON, dispatchedOn.toString(), newDate.toString());
        changed(changes, DispatchField.CARRIAGE, carriage.name(), newCarriage.name());
        changed(changes, DispatchField.COPIES, String.valueOf(copies), String.valueOf(newCopies));
        changed(changes, DispatchField.RECIPIENTS, text(recipients), text(newList));
        changed(changes, DispatchField.NOTE, note, newNote);
        if (changes.isEmpty()) {
            throw new InvalidInputException("paperDispatch.correction.nothing");
        }
        this.dispatchedOn = newDate;
        this.carriage = newCarriage;
        this.copies = newCopies;
        if (newList != recipients) {
            List<PaperRecipient> corrected = List.copyOf(newList);
            recipients.clear(); // the persistent collection is kept: Hibernate rewrites its rows
            recipients.addAll(corrected);
        }
        this.note = newNote;
        this.corrections++;
        return new DispatchCorrection(id, changes, why, Objects.requireNonNull(by, "by"), Objects.requireNonNull(at, "at"));
    }

    private static void changed(List<DispatchChange> changes, DispatchField field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new DispatchChange(field, before, after));
        }
    }

    /** Recipients as one text, in their order: a reordering alone is a change the clerk may want on record. */
    private static String text(List<PaperRecipient> list) {
        return list.stream().map(r -> r.agencyCode().map(AgencyCode::value).orElseGet(() -> r.externalName().orElseThrow()))
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** A dispatch records what happened: not in the future, and not before the document had its number. */
    private static LocalDate dateWithin(LocalDate on, LocalDate issuedOn, LocalDate today) {
        if (on.isAfter(today)) {
            throw new InvalidInputException("paperDispatch.date.future", on);
        }
        if (on.isBefore(issuedOn)) {
            throw new InvalidInputException("paperDispatch.date.beforeIssue", on, issuedOn);
        }
        return on;
    }

    private static int copiesWithin(int copies) {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new InvalidInputException("paperDispatch.copies.invalid", copies, MAX_COPIES);
        }
        return copies;
    }

    private static String note(String given) {
        String text = given == null || given.isBlank() ? null : given.strip();
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException("paperDispatch.note.tooLong", 1000);
        }
        return text;
    }

    private static List<PaperRecipient> distinct(List<PaperRecipient> given, AgencyCode sender) {
        if (given.isEmpty()) {
            throw new InvalidInputException("document.recipients.required");
        }
        Set<PaperRecipient> seen = new LinkedHashSet<>();
        for (PaperRecipient recipient : given) {
            if (recipient.agencyCode().filter(sender::equals).isPresent()) {
                throw new InvalidInputException("document.recipients.self", sender.value());
            }
            if (!seen.add(recipient)) {
                throw new InvalidInputException("document.recipients.duplicate",
                        recipient.agencyCode().map(AgencyCode::value).orElseGet(() -> recipient.externalName().orElseThrow()));
            }
        }
        return new ArrayList<>(seen);
    }

    public Long id() {
        return id;
    }

    public long outgoingId() {
        return outgoingId;
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public CarveOut carveOut() {
        return carveOut;
    }

    public LocalDate dispatchedOn() {
        return dispatchedOn;
    }

    public CarriageMethod carriage() {
        return carriage;
    }

    public int copies() {
        return copies;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public int corrections() {
        return corrections;
    }

    public List<PaperRecipient> recipients() {
        return List.copyOf(recipients);
    }
}
