package vn.lienthong.web.api.exchange;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.CarriageMethod;
import vn.lienthong.exchange.NewPaperDispatch;

import java.time.LocalDate;
import java.util.List;

/**
 * A paper dispatch as a client records it: {@code agencies} are directory codes, {@code externalRecipients} names of
 * recipients outside the directory; the date defaults to today and the copies to one per recipient.
 */
public record PaperDispatchRequest(
        @NotNull(message = "{lienthong.required}") Long documentId,
        LocalDate dispatchedOn,
        @NotNull(message = "{lienthong.required}") CarriageMethod carriage,
        Integer copies,
        @Size(max = 200) List<String> agencies,
        @Size(max = 200) List<String> externalRecipients,
        String note) {

    NewPaperDispatch toDispatch() {
        return new NewPaperDispatch(documentId, dispatchedOn, carriage, copies,
                agencies == null ? List.of() : agencies.stream().map(AgencyCode::parse).toList(),
                externalRecipients, note);
    }
}
