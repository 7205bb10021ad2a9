package vn.lienthong.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Caller;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.exchange.internal.RegisterRows;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Role;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sổ đăng ký văn bản đi and đến: one year of an agency's registers, in the ten columns of Decree 30/2020.
 * Clerks and leaders read their own agency's; auditors and administrators any agency's.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class DocumentRegisters {

    /** IN lists stay well under every database's parameter limit. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryService directory;

    /** The outgoing register of a series; paper dispatches are in it, with their carve-out noted. */
    public RegisterSheet outgoing(AgencyCode agencyOrMine, int year, RegisterSeries series) {
        Agency agency = agency(agencyOrMine);
        checkYear(year);
        List<OutgoingDocument> documents = em.createQuery("SELECT d FROM OutgoingDocument d WHERE d.agencyCode = :agency"
                        + " AND d.registerYear = :year AND d.registerSeries = :series AND d.number IS NOT NULL ORDER BY d.number",
                        OutgoingDocument.class)
                .setParameter("agency", agency.code().value()).setParameter("year", year)
                .setParameter("series", series == null ? RegisterSeries.NORMAL : series).getResultList();
        List<Long> ids = documents.stream().map(OutgoingDocument::id).toList();
        Map<Long, PaperDispatch> dispatches = byChunks(ids, chunk -> em.createNamedQuery("PaperDispatch.ofDocuments",
                PaperDispatch.class).setParameter("documents", chunk).getResultList()).stream()
                .collect(Collectors.toMap(PaperDispatch::outgoingId, Function.identity()));
        Map<Long, List<Delivery>> deliveries = byChunks(ids, chunk -> em.createQuery(
                "SELECT d FROM Delivery d WHERE d.outgoingId IN :documents ORDER BY d.id", Delivery.class)
                .setParameter("documents", chunk).getResultList()).stream()
                .collect(Collectors.groupingBy(Delivery::outgoingId));
        RegisterRows rows = new RegisterRows(agencyNames(), peopleNames(agency.code()));
        return new RegisterSheet(RegisterKind.OUTGOING, series == null ? RegisterSeries.NORMAL : series,
                agency.code().value(), agency.name(), year, RegisterSheet.OUTGOING_COLUMNS,
                documents.stream().map(d -> rows.outgoing(d, dispatches.get(d.id()),
                        deliveries.getOrDefault(d.id(), List.of()))).toList());
    }

    /** The incoming register: every document accepted in the year, by its số đến. */
    public RegisterSheet incoming(AgencyCode agencyOrMine, int year) {
        Agency agency = agency(agencyOrMine);
        checkYear(year);
        List<IncomingDocument> documents = em.createQuery("SELECT i FROM IncomingDocument i JOIN FETCH i.delivery"
                        + " WHERE i.agencyCode = :agency AND i.arrivalYear = :year AND i.arrivalNumber IS NOT NULL"
                        + " ORDER BY i.arrivalNumber", IncomingDocument.class)
                .setParameter("agency", agency.code().value()).setParameter("year", year).getResultList();
        List<Long> originalIds = documents.stream().map(i -> i.delivery().outgoingId()).distinct().toList();
        Map<Long, OutgoingDocument> originals = byChunks(originalIds, chunk -> em.createQuery(
                "SELECT d FROM OutgoingDocument d WHERE d.id IN :ids", OutgoingDocument.class)
                .setParameter("ids", chunk).getResultList()).stream()
                .collect(Collectors.toMap(OutgoingDocument::id, Function.identity()));
        List<Long> deliveryIds = documents.stream().map(i -> i.delivery().id()).toList();
        Map<Long, java.time.Instant> assignedAt = new HashMap<>();
        for (Object[] row : byChunks(deliveryIds, chunk -> em.createQuery("SELECT h.deliveryId, h.at FROM"
                + " DeliveryHistoryEntry h WHERE h.status = 'ASSIGNED' AND h.deliveryId IN :ids", Object[].class)
                .setParameter("ids", chunk).getResultList())) {
            assignedAt.putIfAbsent((Long) row[0], (java.time.Instant) row[1]);
        }
        RegisterRows rows = new RegisterRows(agencyNames(), peopleNames(agency.code()));
        return new RegisterSheet(RegisterKind.INCOMING, RegisterSeries.NORMAL, agency.code().value(), agency.name(),
                year, RegisterSheet.INCOMING_COLUMNS, documents.stream().map(i -> rows.incoming(i,
                        originals.get(i.delivery().outgoingId()), assignedAt.get(i.delivery().id()))).toList());
    }

    private Agency agency(AgencyCode agencyOrMine) {
        Caller caller = directory.caller();
        AgencyCode code = agencyOrMine == null ? caller.agency() : agencyOrMine;
        caller.requireMayView(code);
        return directory.agency(code);
    }

    private static void checkYear(int year) {
        if (year < 1945 || year > 9999) {
            throw new InvalidInputException("register.year.invalid", String.valueOf(year));
        }
    }

    private Map<String, String> agencyNames() {
        return directory.agencies().stream().collect(Collectors.toMap(a -> a.code().value(), Agency::name));
    }

    private Map<String, String> peopleNames(AgencyCode agency) {
        return directory.people(agency).stream().collect(Collectors.toMap(UserAccount::username, UserAccount::fullName));
    }

    private static <T> List<T> byChunks(List<Long> ids, Function<Collection<Long>, List<T>> query) {
        List<T> result = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            result.addAll(query.apply(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        return result;
    }
}
