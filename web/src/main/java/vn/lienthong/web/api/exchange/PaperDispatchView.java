package vn.lienthong.web.api.exchange;

import vn.lienthong.exchange.DispatchCorrection;
import vn.lienthong.exchange.PaperDispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded paper dispatch, with the document's number (from the secret series for a classified one) and, when read
 * one at a time, its corrections oldest first (null in lists, where {@code correctionCount} says how many).
 */
public record PaperDispatchView(long id, long documentId, String number, String carveOut, LocalDate dispatchedOn,
                                String carriage, String carriageLabel, int copies, List<Recipient> recipients,
                                String note, String recordedBy, Instant recordedAt, int correctionCount,
                                List<Correction> corrections) {

    /** An agency of the directory (code) or a recipient outside it (name). */
    public record Recipient(String agency, String name) {
    }

    /** One đính chính: who, when, why, and each changed field as it read before and after. */
    public record Correction(long id, String correctedBy, Instant correctedAt, String reason, List<Change> changes) {

        static Correction of(DispatchCorrection c) {
            return new Correction(c.id(), c.correctedBy(), c.correctedAt(), c.reason(), c.changes().stream()
                    .map(ch -> new Change(ch.field().name(), ch.field().label(), ch.before().orElse(null),
                            ch.after().orElse(null))).toList());
        }
    }

    /** Dates as yyyy-MM-dd, carriage as its code, recipients as codes and names separated by "; ". */
    public record Change(String field, String fieldLabel, String before, String after) {
    }

    static PaperDispatchView of(PaperDispatch p, String number, List<DispatchCorrection> corrections) {
        return new PaperDispatchView(p.id(), p.outgoingId(), number, p.carveOut().name(), p.dispatchedOn(),
                p.carriage().name(), p.carriage().label(), p.copies(),
                p.recipients().stream().map(r -> new Recipient(r.agencyCode().map(Object::toString).orElse(null),
                        r.externalName().orElse(null))).toList(),
                p.note().orElse(null), p.recordedBy(), p.recordedAt(), p.corrections(),
                corrections == null ? null : corrections.stream().map(Correction::of).toList());
    }
}
