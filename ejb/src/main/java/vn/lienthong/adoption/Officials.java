package vn.lienthong.adoption;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.UnknownAgencyException;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Role;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Danh bạ cán bộ: who holds which official mailbox, in which agency and position, from when to when. Administrators
 * keep it; auditors read it. Figures follow each person's postings, so a change never rewrites the past.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Officials {

    /** What recording one posting did. */
    public enum Outcome { ADDED, CHANGED, UNCHANGED }

    /** What importing a CSV did: counts of the good rows' outcomes, and each refused row with its reason. */
    public record ImportReport(int added, int changed, int unchanged, List<OfficialsCsv.LineError> errors) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
    public List<Official> all() {
        return em.createNamedQuery("Official.all", Official.class).getResultList();
    }

    /** Postings in force at some time between the two days (both included). */
    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
    public List<Official> overlapping(LocalDate first, LocalDate last) {
        return em.createNamedQuery("Official.overlapping", Official.class)
                .setParameter("first", first).setParameter("last", last).getResultList();
    }

    /** Every mailbox the directory has ever known, for matching log addresses. */
    @PermitAll
    public Set<Mailbox> knownMailboxes() {
        Set<Mailbox> known = new HashSet<>();
        em.createNamedQuery("Official.mailboxes", String.class).getResultList().forEach(m -> known.add(new Mailbox(m)));
        return known;
    }

    /**
     * Records a posting. The same posting again changes nothing; another agency, position or leadership ends the
     * posting in force the day before and opens the new one, so earlier months keep what was true then.
     */
    public Outcome record(OfficialRecord record) {
        Outcome outcome = apply(record);
        if (outcome != Outcome.UNCHANGED) {
            audit.record(AuditAction.OFFICIAL_RECORDED, record.agency().value(), "official:" + record.mailbox(),
                    AuditOutcome.SUCCESS, outcome + " " + record.leadership() + " from " + record.effectiveFrom());
        }
        return outcome;
    }

    /** The official leaves the directory's scope (retired, moved outside the city) after {@code lastDay}. */
    public void leave(Mailbox mailbox, LocalDate lastDay) {
        Official current = postings(mailbox).stream().filter(o -> o.isCurrentOn(lastDay)).findFirst()
                .orElseThrow(() -> new InvalidInputException("adoption.official.notCurrent", mailbox, lastDay));
        current.endOn(lastDay);
        audit.record(AuditAction.OFFICIAL_LEFT, current.agency().value(), "official:" + mailbox,
                AuditOutcome.SUCCESS, "last day " + lastDay);
    }

    /** Imports a CSV (see {@link OfficialsCsv}); rows without a start date take effect today. */
    public ImportReport importCsv(String csv) {
        OfficialsCsv.Parsed parsed;
        try {
            parsed = OfficialsCsv.parse(new StringReader(csv), LocalDate.now(clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        List<OfficialsCsv.LineError> errors = new ArrayList<>(parsed.errors());
        for (OfficialsCsv.Row row : parsed.rows()) {
            try {
                switch (apply(row.official())) {
                    case ADDED -> added++;
                    case CHANGED -> changed++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (vn.lienthong.platform.DomainException e) {
                errors.add(new OfficialsCsv.LineError(row.line(), e.messageKey(), List.of(e.arguments())));
            }
        }
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        audit.record(AuditAction.OFFICIALS_IMPORTED, null, "officials", AuditOutcome.SUCCESS,
                added + " added, " + changed + " changed, " + unchanged + " unchanged, " + errors.size() + " refused");
        return new ImportReport(added, changed, unchanged, errors);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
    public String exportCsv() {
        return OfficialsCsv.write(all().stream().map(Official::toRecord).toList());
    }

    private Outcome apply(OfficialRecord record) {
        if (em.find(Agency.class, record.agency().value()) == null) {
            throw new UnknownAgencyException(record.agency());
        }
        List<Official> postings = postings(record.mailbox());
        LocalDate from = record.effectiveFrom();
        // A posting already stored as it is (an earlier one, ended, as the export writes it): nothing to do.
        Official stored = postings.stream().filter(o -> o.effectiveFrom().equals(from) && o.samePostingAs(record)
                && o.effectiveTo().equals(java.util.Optional.ofNullable(record.effectiveTo()))).findFirst().orElse(null);
        if (stored != null) {
            if (stored.fullName().equals(record.fullName())) {
                return Outcome.UNCHANGED;
            }
            stored.rename(record.fullName());
            return Outcome.CHANGED;
        }
        if (postings.stream().anyMatch(o -> o.effectiveFrom().isAfter(from))) {
            throw new InvalidInputException("adoption.official.laterPosting", record.mailbox(), from);
        }
        Official current = postings.stream().filter(o -> o.isCurrentOn(from)).findFirst().orElse(null);
        if (current == null) {
            em.persist(new Official(record));
            return Outcome.ADDED;
        }
        if (current.samePostingAs(record)) {
            boolean renamed = !current.fullName().equals(record.fullName());
            boolean ends = record.effectiveTo() != null && !current.effectiveTo().equals(java.util.Optional.of(record.effectiveTo()));
            if (renamed) {
                current.rename(record.fullName());
            }
            if (ends) {
                current.endOn(record.effectiveTo());
            }
            return renamed || ends ? Outcome.CHANGED : Outcome.UNCHANGED;
        }
        if (current.effectiveFrom().equals(from)) {
            em.remove(current); // a correction of a posting on its first day: the row is replaced, not ended
            em.flush();
        } else {
            current.endOn(from.minusDays(1));
        }
        em.persist(new Official(record));
        return Outcome.CHANGED;
    }

    private List<Official> postings(Mailbox mailbox) {
        return em.createNamedQuery("Official.ofMailbox", Official.class)
                .setParameter("mailbox", mailbox.address()).getResultList();
    }
}
