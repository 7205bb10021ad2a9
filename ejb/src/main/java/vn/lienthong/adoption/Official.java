package vn.lienthong.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Leadership;
import vn.lienthong.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Cán bộ in the officials directory, for one posting: their official mailbox, name, agency, position and whether they
 * lead or manage, from one date to another. A move or a new position ends this posting the day before the next one
 * starts, so figures for past months keep the agency and leadership the person had then.
 */
@Entity
@Table(name = "official_posting")
@NamedQuery(name = "Official.all", query = "SELECT o FROM Official o ORDER BY o.agencyCode, o.fullName, o.effectiveFrom")
@NamedQuery(name = "Official.ofMailbox",
        query = "SELECT o FROM Official o WHERE o.mailbox = :mailbox ORDER BY o.effectiveFrom")
@NamedQuery(name = "Official.mailboxes", query = "SELECT DISTINCT o.mailbox FROM Official o")
@NamedQuery(name = "Official.overlapping", query = "SELECT o FROM Official o WHERE o.effectiveFrom <= :last "
        + "AND (o.effectiveTo IS NULL OR o.effectiveTo >= :first) ORDER BY o.agencyCode, o.fullName, o.effectiveFrom")
public class Official {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mailbox", nullable = false, length = 254)
    private String mailbox;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "agency_code", nullable = false, length = 13)
    private String agencyCode;

    @Column(name = "position")
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "leadership", nullable = false, length = 16)
    private Leadership leadership;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Version
    @Column(name = "version")
    private long version;

    protected Official() {
    }

    public Official(OfficialRecord record) {
        this.mailbox = record.mailbox().address();
        this.fullName = record.fullName();
        this.agencyCode = record.agency().value();
        this.position = record.position();
        this.leadership = record.leadership();
        this.effectiveFrom = record.effectiveFrom();
        this.effectiveTo = record.effectiveTo();
    }

    /** Whether this posting says the same as a record about the same person: agency, position and leadership. */
    public boolean samePostingAs(OfficialRecord record) {
        return agencyCode.equals(record.agency().value()) && Objects.equals(position, record.position())
                && leadership == record.leadership();
    }

    /** Ends the posting on {@code last} (included); a posting cannot end before it began. */
    public void endOn(LocalDate last) {
        if (last.isBefore(effectiveFrom)) {
            throw new InvalidInputException("adoption.official.endBeforeStart", mailbox, last, effectiveFrom);
        }
        this.effectiveTo = last;
    }

    public void rename(String newName) {
        this.fullName = OfficialRecord.requireName(newName);
    }

    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public long id() {
        return id;
    }

    public Mailbox mailbox() {
        return new Mailbox(mailbox);
    }

    public String fullName() {
        return fullName;
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public Optional<String> position() {
        return Optional.ofNullable(position);
    }

    public Leadership leadership() {
        return leadership;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Optional<LocalDate> effectiveTo() {
        return Optional.ofNullable(effectiveTo);
    }

    public OfficialRecord toRecord() {
        return new OfficialRecord(mailbox(), fullName, agency(), position, leadership, effectiveFrom, effectiveTo);
    }
}
