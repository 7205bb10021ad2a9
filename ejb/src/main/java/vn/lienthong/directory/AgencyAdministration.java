package vn.lienthong.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.internal.AgencyCsv;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Role;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrator keeps the agency directory: add and correct agencies, and exchange the whole directory as a CSV
 * file. An import adds new codes and updates known ones; bad lines are reported and skipped, the rest is stored.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AgencyAdministration {

    /** A directory file is a few thousand lines; anything far larger is not one. */
    public static final int MAX_CSV_CHARS = 5_000_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    public Agency create(AgencyRecord record) {
        return directory.registerAgency(record.code(), record.name(), record.parent(), record.officialEmail(),
                record.reach());
    }

    public Agency update(AgencyRecord record) {
        Agency agency = directory.agency(record.code());
        if (record.parent() != null) {
            requireNoCycle(record.code(), directory.agency(record.parent()));
        }
        agency.revise(record.name(), record.parent(), record.officialEmail(), record.reach());
        audit.record(AuditAction.AGENCY_UPDATED, record.code().value(), "agency:" + record.code().value(),
                AuditOutcome.SUCCESS, record.name());
        return agency;
    }

    private void requireNoCycle(AgencyCode code, Agency parent) {
        if (createsCycle(code, parent)) {
            throw new InvalidInputException("agency.parent.cycle", parent.code().value(), code.value());
        }
    }

    /** A parent may not be the agency itself or one of its own descendants. */
    private boolean createsCycle(AgencyCode code, Agency parent) {
        Set<AgencyCode> seen = new HashSet<>();
        for (Agency up = parent; up != null; up = up.parent().map(p -> em.find(Agency.class, p.value())).orElse(null)) {
            if (up.code().equals(code) || !seen.add(up.code())) {
                return true;
            }
        }
        return false;
    }

    public AgencyImportReport importCsv(String csv) {
        if (csv != null && csv.length() > MAX_CSV_CHARS) {
            throw new InvalidInputException("agency.csv.tooLarge", MAX_CSV_CHARS);
        }
        Set<AgencyCode> known = directory.agencies().stream().map(Agency::code).collect(Collectors.toSet());
        AgencyCsv.Parsed parsed = AgencyCsv.parse(csv, known);
        int created = 0;
        int updated = 0;
        List<CsvRowError> errors = new ArrayList<>(parsed.errors());
        for (AgencyRecord record : parsed.agencies()) {
            Agency existing = em.find(Agency.class, record.code().value());
            if (existing != null && record.parent() != null
                    && createsCycle(record.code(), em.find(Agency.class, record.parent().value()))) {
                // Only a known agency can close a loop: the file's own lines were ordered parents first.
                errors.add(new CsvRowError(parsed.lineOf(record.code()), "agency.parent.cycle",
                        List.of(record.parent().value(), record.code().value())));
            } else if (existing == null) {
                em.persist(new Agency(record.code(), record.name(), record.parent(), record.officialEmail(), record.reach()));
                created++;
            } else {
                existing.revise(record.name(), record.parent(), record.officialEmail(), record.reach());
                updated++;
            }
            em.flush();
        }
        audit.record(AuditAction.AGENCY_IMPORTED, null, "agency:import", AuditOutcome.SUCCESS,
                created + " created, " + updated + " updated, " + errors.size() + " line(s) skipped");
        errors.sort(java.util.Comparator.comparingInt(CsvRowError::line));
        return new AgencyImportReport(created, updated, errors);
    }

    public String exportCsv() {
        List<AgencyRecord> all = directory.agencies().stream().map(AgencyRecord::of).toList();
        return AgencyCsv.write(all);
    }
}
