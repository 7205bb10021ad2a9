package vn.lienthong.web.api.exchange;

import vn.lienthong.exchange.PaperDispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded paper dispatch, with the document's number (from the secret series for a classified one). */
public record PaperDispatchView(long id, long documentId, String number, String carveOut, LocalDate dispatchedOn,
                                String carriage, String carriageLabel, int copies, List<Recipient> recipients,
                                String note, String recordedBy, Instant recordedAt) {

    /** An agency of the directory (code) or a recipient outside it (name). */
    public record Recipient(String agency, String name) {
    }

    static PaperDispatchView of(PaperDispatch p, String number) {
        return new PaperDispatchView(p.id(), p.outgoingId(), number, p.carveOut().name(), p.dispatchedOn(),
                p.carriage().name(), p.carriage().label(), p.copies(),
                p.recipients().stream().map(r -> new Recipient(r.agencyCode().map(Object::toString).orElse(null),
                        r.externalName().orElse(null))).toList(),
                p.note().orElse(null), p.recordedBy(), p.recordedAt());
    }
}
