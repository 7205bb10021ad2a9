package vn.lienthong.exchange.edxml;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.DocumentNumber;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document package: header, trace and attachments. The XMLDSig signature is not part of the record; it is
 * added by an {@link EdxmlSigner} when the package is written and checked on the raw bytes when one arrives.
 *
 * @param business what the package does to the document (new, revoke, update, replace); null when absent
 */
public record EdxmlPackage(MessageHeader header, List<TraceHeader> traces, Business business,
                           List<EdxmlAttachment> attachments) implements EdxmlMessage {

    public EdxmlPackage {
        Objects.requireNonNull(header, "header");
        traces = List.copyOf(traces);
        attachments = List.copyOf(attachments);
    }

    /** The edXML document id, {@code senderOrganId,YYYY/MM/DD,number/notation}. */
    public static String documentId(AgencyCode sender, LocalDate promulgated, DocumentNumber code) {
        return sender.value() + "," + EdxmlDates.format(promulgated) + "," + code.format();
    }
}
