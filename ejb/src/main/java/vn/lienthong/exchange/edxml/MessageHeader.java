package vn.lienthong.exchange.edxml;

import vn.lienthong.exchange.DocumentNumber;
import vn.lienthong.exchange.SteeringType;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The document's metadata as edXML carries it. Optional texts are null when absent or empty.
 *
 * @param documentId as the sender wrote it: real packages disagree with their own promulgation date, so it is
 *                   kept as text, not rebuilt
 * @param toPlaces   other recipients named in words only (nơi nhận), not routed to
 * @param dueDate    null when absent
 * @param steeringType null when absent
 * @param responseFor the document this one answers; null when absent
 */
public record MessageHeader(Organization from, List<Organization> to, String documentId, DocumentNumber code,
                            PromulgationInfo promulgation, EdxmlDocumentType documentType, String subject,
                            String content, SignerInfo signer, LocalDate dueDate, OtherInfo otherInfo,
                            SteeringType steeringType, List<String> toPlaces, ResponseFor responseFor) {

    public MessageHeader {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("at least one recipient (To)");
        }
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(promulgation, "promulgation");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(otherInfo, "otherInfo");
        toPlaces = List.copyOf(toPlaces);
    }
}
