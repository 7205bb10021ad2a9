package vn.lienthong.web.api.exchange;

import vn.lienthong.exchange.DocumentNumber;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.Recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An outgoing document as the API shows it. {@code number} is "15/STTTT-VP" once issued, null before. */
public record OutgoingDocumentView(long id, String agencyCode, String documentType, String documentTypeName,
                                   String subject, String number, String status, String secrecy, boolean paperOnly,
                                   String carveOut, String registerSeries, Integer registerYear, int priority,
                                   int steeringType, LocalDate dueDate, String signerCompetence,
                                   String signerPosition, String signerName, String place, List<String> recipients,
                                   List<String> otherPlaces, Instant createdAt, Instant issuedAt) {

    static OutgoingDocumentView of(OutgoingDocument d) {
        return new OutgoingDocumentView(d.id(), d.agency().value(), d.documentType().name(), d.documentType().label(),
                d.subject(), d.number().map(DocumentNumber::format).orElse(null), d.status().name(), d.secrecy().name(),
                d.paperOnly(), d.carveOut().map(Enum::name).orElse(null), d.registerSeries().map(Enum::name).orElse(null),
                d.registerYear().orElse(null), d.priority().code(), d.steeringType().code(), d.dueDate().orElse(null),
                d.signerCompetence().orElse(null), d.signerPosition(), d.signerName(), d.place(),
                d.recipients().stream().filter(Recipient::main).map(r -> r.agency().value()).toList(),
                d.recipients().stream().filter(r -> !r.main()).map(r -> r.agency().value()).toList(),
                d.createdAt(), d.issuedAt().orElse(null));
    }
}
