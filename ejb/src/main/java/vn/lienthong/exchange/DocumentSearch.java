package vn.lienthong.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.platform.ClockProducer;
import vn.lienthong.platform.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Tra cứu: the caller's agency's outgoing and incoming documents that match a query, newest first. Words are
 * compared folded (no diacritics, no case) with the subject and the text of the files, so "cai cach hanh chinh"
 * finds "Cải cách hành chính" whether it is in the subject or in the body.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME})
public class DocumentSearch {

    private static final int LIMIT = 200;
    private static final String ESCAPE = " ESCAPE '\\'";

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryService directory;

    public List<DocumentHit> search(DocumentQuery query) {
        AgencyCode agency = directory.caller().agency();
        List<DocumentHit> hits = new ArrayList<>();
        hits.addAll(outgoing(agency, query));
        hits.addAll(incoming(agency, query));
        hits.sort(Comparator.comparing(DocumentHit::date).reversed());
        return hits.size() > LIMIT ? hits.subList(0, LIMIT) : hits;
    }

    private List<DocumentHit> outgoing(AgencyCode agency, DocumentQuery q) {
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT o FROM OutgoingDocument o LEFT JOIN o.recipients r WHERE o.agencyCode = :agency AND o.imported = false");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("agency", agency.value()));
        conditions(q, "o", "o.createdAt", jpql, parameters);
        if (q.counterpart() != null) {
            jpql.append(" AND r.agencyCode = :counterpart");
            parameters.put("counterpart", q.counterpart().value());
        }
        if (present(q.status())) {
            jpql.append(" AND CAST(o.status AS String) = :status");
            parameters.put("status", q.status().strip());
        }
        TypedQuery<OutgoingDocument> query = em.createQuery(jpql.toString(), OutgoingDocument.class).setMaxResults(LIMIT);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(o -> new DocumentHit(DocumentHit.Direction.OUTGOING,
                o.id(), o.number().map(DocumentNumber::format).orElse(null), o.subject(),
                o.recipients().stream().map(r -> r.agency().value()).reduce((a, b) -> a + ", " + b).orElse(""),
                o.issuedAt().orElse(o.createdAt()), o.status().name())).toList();
    }

    private List<DocumentHit> incoming(AgencyCode agency, DocumentQuery q) {
        StringBuilder jpql = new StringBuilder("SELECT i, o FROM IncomingDocument i, OutgoingDocument o"
                + " WHERE o.id = i.delivery.outgoingId AND i.agencyCode = :agency"
                // A recalled copy is gone from the recipient's view (Decree 30/2020), search included.
                + " AND i.delivery.status <> vn.lienthong.exchange.DeliveryStatus.RECALL_AGREED");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("agency", agency.value()));
        conditions(q, "o", "i.arrivedAt", jpql, parameters);
        if (q.counterpart() != null) {
            jpql.append(" AND o.agencyCode = :counterpart");
            parameters.put("counterpart", q.counterpart().value());
        }
        if (present(q.status())) {
            jpql.append(" AND CAST(i.delivery.status AS String) = :status");
            parameters.put("status", q.status().strip());
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setMaxResults(LIMIT);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(row -> {
            IncomingDocument i = (IncomingDocument) row[0];
            OutgoingDocument o = (OutgoingDocument) row[1];
            return new DocumentHit(DocumentHit.Direction.INCOMING, i.id(), o.number().map(DocumentNumber::format).orElse(null),
                    o.subject(), o.agency().value(), i.arrivedAt(), i.delivery().statusStep().orElse(""));
        }).toList();
    }

    /** The conditions both directions share: folded subject words, number text, date range. */
    private static void conditions(DocumentQuery q, String document, String dateField, StringBuilder jpql,
                                   Map<String, Object> parameters) {
        if (present(q.words())) {
            int n = 0;
            // Each word is in the subject or in the text of one of the files (kept folded when the file was added).
            for (String word : VietnameseText.fold(q.words()).split(" ")) {
                jpql.append(" AND (").append(document).append(".subjectFolded LIKE :w").append(n).append(ESCAPE)
                        .append(" OR EXISTS (SELECT f.id FROM DocumentFile f WHERE f.documentId = ").append(document)
                        .append(".id AND f.textFolded LIKE :w").append(n).append(ESCAPE).append("))");
                parameters.put("w" + n++, "%" + escapeLike(word) + "%");
            }
        }
        if (present(q.number())) {
            jpql.append(" AND CONCAT(CAST(").append(document).append(".number AS String), '/', ")
                    .append(document).append(".notation) LIKE :number").append(ESCAPE);
            String text = q.number().strip();
            // Numbers below 10 are written 01…09; the stored number has no leading zero.
            parameters.put("number", "%" + escapeLike(text.replaceFirst("^0(\\d)/", "$1/")) + "%");
        }
        if (q.from() != null) {
            jpql.append(" AND ").append(dateField).append(" >= :from");
            parameters.put("from", startOf(q.from()));
        }
        if (q.to() != null) {
            jpql.append(" AND ").append(dateField).append(" < :to");
            parameters.put("to", startOf(q.to().plusDays(1)));
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockProducer.VIETNAM).toInstant();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
