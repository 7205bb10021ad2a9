package vn.lienthong.web.api.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.DocumentType;
import vn.lienthong.exchange.OutgoingDraft;
import vn.lienthong.exchange.Priority;
import vn.lienthong.exchange.Recipient;
import vn.lienthong.exchange.Secrecy;
import vn.lienthong.exchange.SteeringType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new outgoing document as a client sends it. Codes follow edXML: priority 0–4, steering type 0–3;
 * {@code recipients} are the main recipients' agency codes, {@code otherPlaces} the ToPlaces.
 */
public record OutgoingDraftRequest(
        @NotNull(message = "{lienthong.required}") DocumentType documentType,
        @NotBlank(message = "{lienthong.required}") String subject,
        @NotBlank(message = "{lienthong.required}") String notation,
        String signerCompetence,
        @NotBlank(message = "{lienthong.required}") String signerPosition,
        @NotBlank(message = "{lienthong.required}") String signerName,
        @NotBlank(message = "{lienthong.required}") String place,
        Integer priority,
        Integer steeringType,
        LocalDate dueDate,
        Secrecy secrecy,
        boolean paperOnly,
        @NotEmpty(message = "{lienthong.required}") List<String> recipients,
        List<String> otherPlaces) {

    OutgoingDraft toDraft() {
        List<Recipient> all = new ArrayList<>();
        recipients.forEach(code -> all.add(new Recipient(AgencyCode.parse(code), true)));
        if (otherPlaces != null) {
            otherPlaces.forEach(code -> all.add(new Recipient(AgencyCode.parse(code), false)));
        }
        return new OutgoingDraft(documentType, subject, notation, signerCompetence, signerPosition, signerName, place,
                priority == null ? null : Priority.fromCode(priority),
                steeringType == null ? null : SteeringType.fromCode(steeringType),
                dueDate, secrecy, paperOnly, all);
    }
}
