package vn.lienthong.web.api.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.CarriageMethod;
import vn.lienthong.exchange.DispatchAmendment;

import java.time.LocalDate;
import java.util.List;

/**
 * Đính chính of a recorded paper dispatch: only the fields given change. {@code agencies} and
 * {@code externalRecipients}, when either is given, together replace the recipients; an empty {@code note} removes
 * the note. The reason is required.
 */
public record PaperDispatchCorrectionRequest(
        LocalDate dispatchedOn,
        CarriageMethod carriage,
        Integer copies,
        @Size(max = 200) List<String> agencies,
        @Size(max = 200) List<String> externalRecipients,
        String note,
        @NotBlank(message = "{lienthong.required}") String reason) {

    DispatchAmendment toAmendment() {
        return new DispatchAmendment(dispatchedOn, carriage, copies,
                agencies == null ? null : agencies.stream().map(AgencyCode::parse).toList(),
                externalRecipients, note, reason);
    }
}
