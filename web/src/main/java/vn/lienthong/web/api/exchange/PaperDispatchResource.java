package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.lienthong.exchange.DispatchCorrection;
import vn.lienthong.exchange.DocumentNumber;
import vn.lienthong.exchange.OutgoingDocuments;
import vn.lienthong.exchange.PaperDispatch;
import vn.lienthong.exchange.PaperDispatches;
import vn.lienthong.exchange.UnknownDocumentException;

import java.util.List;

/** Chuyển bản giấy: the only way a classified or paper-only document leaves. Sending it electronically is refused. */
@Path("/paper-dispatches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaperDispatchResource {

    @Inject
    PaperDispatches dispatches;

    @Inject
    OutgoingDocuments documents;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Record that an issued classified or paper-only document left on paper (clerks). "
            + "An ordinary document is refused (409): it travels electronically")
    public Response record(@Valid @NotNull PaperDispatchRequest request) {
        PaperDispatchView created = detailed(dispatches.record(request.toDispatch()));
        return Response.created(uri.getAbsolutePathBuilder().path("document").path(Long.toString(created.documentId())).build())
                .entity(created).build();
    }

    @GET
    @Path("/document/{documentId}")
    @Operation(summary = "The paper dispatch of one outgoing document, with its corrections (404 if it has none)")
    public PaperDispatchView ofDocument(@PathParam("documentId") long documentId) {
        return detailed(dispatches.ofDocument(documentId).orElseThrow(() -> new UnknownDocumentException(documentId)));
    }

    @GET
    @Path("/{id: \\d+}")
    @Operation(summary = "One paper dispatch of the caller's agency, with its corrections oldest first")
    @APIResponse(responseCode = "404", description = "no such dispatch, or another agency's")
    public PaperDispatchView one(@PathParam("id") long id) {
        return detailed(dispatches.find(id));
    }

    @POST
    @Path("/{id: \\d+}/corrections")
    @Operation(summary = "Đính chính: a clerk of the dispatching agency corrects the date, carriage, copies, recipients "
            + "or note of a recorded dispatch, with a reason. Fields left out stay as they were; the number and series "
            + "never change. Every correction is audited (PAPER_DISPATCH_CORRECTED) and kept with what it changed; the "
            + "registers show the corrected values")
    @APIResponse(responseCode = "201", description = "corrected: the dispatch as it now reads, with all its corrections")
    @APIResponse(responseCode = "400", description = "no reason, a date in the future or before the issue, no or "
            + "duplicate recipients, an invalid agency code, copies out of range, or nothing changed")
    @APIResponse(responseCode = "404", description = "no such dispatch, another agency's, or an unknown agency code")
    public Response correct(@PathParam("id") long id, @Valid @NotNull PaperDispatchCorrectionRequest request) {
        DispatchCorrection correction = dispatches.correct(id, request.toAmendment());
        return Response.created(uri.getBaseUriBuilder().path(PaperDispatchResource.class).path(Long.toString(id))
                        .path("corrections").path(Long.toString(correction.id())).build())
                .entity(detailed(dispatches.find(id))).build();
    }

    @GET
    @Path("/{id: \\d+}/corrections")
    @Operation(summary = "The corrections of one paper dispatch, oldest first: who, when, why and what changed")
    public List<PaperDispatchView.Correction> corrections(@PathParam("id") long id) {
        return dispatches.corrections(id).stream().map(PaperDispatchView.Correction::of).toList();
    }

    @GET
    @Operation(summary = "The caller's agency's paper dispatches, newest first")
    public List<PaperDispatchView> list(@QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("max") @DefaultValue("50") int max) {
        return dispatches.ofMyAgency(first, max).stream().map(this::view).toList();
    }

    private PaperDispatchView view(PaperDispatch dispatch) {
        return PaperDispatchView.of(dispatch, number(dispatch), null);
    }

    private PaperDispatchView detailed(PaperDispatch dispatch) {
        return PaperDispatchView.of(dispatch, number(dispatch), dispatches.corrections(dispatch.id()));
    }

    private String number(PaperDispatch dispatch) {
        return documents.find(dispatch.outgoingId()).number().map(DocumentNumber::format).orElse(null);
    }
}
