package vn.lienthong.exchange.edxml;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.DocumentNumber;

import java.time.LocalDate;
import java.util.Objects;

/** The document a package or status message answers; the date may be null. */
public record ResponseFor(AgencyCode organId, DocumentNumber code, LocalDate promulgationDate, String documentId) {

    public ResponseFor {
        Objects.requireNonNull(organId, "organId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(documentId, "documentId");
    }

    /** The reference a status message about a received package carries. */
    public static ResponseFor of(MessageHeader received) {
        return new ResponseFor(received.from().organId(), received.code(), received.promulgation().date(),
                received.documentId());
    }
}
