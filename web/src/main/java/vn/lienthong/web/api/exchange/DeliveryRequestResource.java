package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.exchange.DeliveryRequests;
import vn.lienthong.exchange.RequestKind;

import java.util.List;

/**
 * Thu hồi, cập nhật, thay thế (edXML business types 1–3): the sender asks per recipient delivery (13); the recipient
 * agrees (15) or refuses (16). Each step shows in the delivery's history.
 */
@Path("/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryRequestResource {

    /** What the sender asks, and why; a replacement names the replacing outgoing document. */
    public record Ask(@NotNull(message = "{lienthong.required}") RequestKind kind,
                      @NotBlank(message = "{lienthong.required}") String reason, Long replacementId) {
    }

    /** The recipient's note: optional when agreeing, the reason when refusing. */
    public record Answer(String note) {
    }

    @Inject
    DeliveryRequests requests;

    @POST
    @Path("/{deliveryId: \\d+}/requests")
    @Operation(summary = "The sender asks one recipient to recall, update or replace the document (13). For a "
            + "recipient on the national platform the request is written as an edXML package (BussinessDocType 1, 2 or "
            + "3) into the platform's outbox and stays pending until the recipient's status message (15 agree, 16 "
            + "refuse) is imported through POST /api/documents/incoming/edxml")
    public DeliveryRequestView ask(@PathParam("deliveryId") long deliveryId, @Valid @NotNull Ask ask) {
        return DeliveryRequestView.of(requests.ask(deliveryId, ask.kind(), ask.reason(), ask.replacementId()), null);
    }

    @GET
    @Path("/{deliveryId: \\d+}/requests")
    @Operation(summary = "A delivery's requests and their answers, for its sender or its recipient")
    public List<DeliveryRequestView> ofDelivery(@PathParam("deliveryId") long deliveryId) {
        return requests.ofDelivery(deliveryId).stream().map(r -> DeliveryRequestView.of(r, null)).toList();
    }

    @GET
    @Path("/requests/pending")
    @Operation(summary = "The requests waiting for the caller's agency's answer, with the incoming document each is about")
    public List<DeliveryRequestView> pending() {
        return requests.pendingForMyAgency().stream()
                .map(p -> DeliveryRequestView.of(p.request(), p.incoming().id())).toList();
    }

    @POST
    @Path("/requests/{requestId: \\d+}/agree")
    @Operation(summary = "The recipient agrees (15): an agreed recall or replacement takes the copy out of the inbox")
    public DeliveryRequestView agree(@PathParam("requestId") long requestId, Answer answer) {
        return DeliveryRequestView.of(requests.answer(requestId, true, answer == null ? null : answer.note()), null);
    }

    @POST
    @Path("/requests/{requestId: \\d+}/refuse")
    @Operation(summary = "The recipient refuses (16), with the reason")
    public DeliveryRequestView refuse(@PathParam("requestId") long requestId, Answer answer) {
        return DeliveryRequestView.of(requests.answer(requestId, false, answer == null ? null : answer.note()), null);
    }
}
