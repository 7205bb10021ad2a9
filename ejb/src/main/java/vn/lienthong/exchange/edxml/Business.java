package vn.lienthong.exchange.edxml;

import vn.lienthong.exchange.BusinessDocType;

import java.util.List;
import java.util.Objects;

/**
 * edXML {@code Bussiness} (sic): what the package does to the document.
 *
 * @param documentId       the document concerned, as written (real packages carry impossible dates here)
 * @param paper            whether a paper copy also travels
 * @param infoChanged      an update changes the metadata ({@code BussinessDocumentInfo/DocumentInfo})
 * @param receiversChanged an update changes the recipients, as listed in {@code receivers}
 */
public record Business(BusinessDocType type, String reason, String documentId, boolean paper, StaffInfo staff,
                       boolean infoChanged, boolean receiversChanged, List<ReceiverChange> receivers) {

    public Business {
        Objects.requireNonNull(type, "type");
        receivers = List.copyOf(receivers);
    }
}
