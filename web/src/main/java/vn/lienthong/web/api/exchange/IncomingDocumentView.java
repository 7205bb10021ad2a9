package vn.lienthong.web.api.exchange;

import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.DocumentNumber;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.platform.ClockProducer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An incoming document as its recipient sees it: the sender's metadata and the recipient's own handling.
 * {@code issuedOn} is the sender's date of issue (promulgation); {@code imported} when it came in an edXML package.
 * {@code signatureVerdict} (VALID, INVALID, INDETERMINATE) and {@code signatureReason} are what checking its
 * signatures on arrival found, {@code null} when it came with nothing to check; {@code signatureDecision} is the
 * clerk's note when they accepted an INDETERMINATE one. The file-by-file reports are at {@code /signatures}.
 * {@code priority} (0–4, edXML's độ khẩn) and {@code dueDate} (hạn xử lý) are the sender's, for the recipient to act on.
 */
public record IncomingDocumentView(long id, String sender, String number, String documentTypeName, String subject,
                                   String signerName, String status, String statusCode, String statusLabel,
                                   Instant arrivedAt, Integer arrivalNumber, Instant acceptedAt, String assignee,
                                   String returnReason, LocalDate issuedOn, String place, boolean imported,
                                   String signatureVerdict, String signatureReason, String signatureDecision,
                                   int priority, String priorityLabel, LocalDate dueDate) {

    static IncomingDocumentView of(IncomingDocument i, OutgoingDocument original) {
        DeliveryStatus status = i.delivery().status().orElseThrow();
        return new IncomingDocumentView(i.id(), original.agency().value(),
                original.number().map(DocumentNumber::format).orElse(null), original.documentType().label(),
                original.subject(), original.signerName(), status.name(), status.code(), i.delivery().statusLabel().orElseThrow(), i.arrivedAt(),
                i.arrivalNumber().orElse(null), i.acceptedAt().orElse(null), i.assignee().orElse(null),
                i.returnReason().orElse(null),
                original.issuedAt().map(t -> t.atZone(ClockProducer.VIETNAM).toLocalDate()).orElse(null), original.place(),
                original.isImported(), i.signatureVerdict().map(Enum::name).orElse(null),
                i.signatureReason().map(Enum::name).orElse(null), i.signatureDecision().orElse(null),
                original.priority().code(), original.priority().label(), original.dueDate().orElse(null));
    }
}
