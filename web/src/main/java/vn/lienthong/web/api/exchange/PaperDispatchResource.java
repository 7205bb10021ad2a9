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
        PaperDispatchView created = view(dispatches.record(request.toDispatch()));
        return Response.created(uri.getAbsolutePathBuilder().path("document").path(Long.toString(created.documentId())).build())
                .entity(created).build();
    }

    @GET
    @Path("/document/{documentId}")
    @Operation(summary = "The paper dispatch of one outgoing document (404 if it has none)")
    public PaperDispatchView ofDocument(@PathParam("documentId") long documentId) {
        return view(dispatches.ofDocument(documentId).orElseThrow(() -> new UnknownDocumentException(documentId)));
    }

    @GET
    @Operation(summary = "The caller's agency's paper dispatches, newest first")
    public List<PaperDispatchView> list(@QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("max") @DefaultValue("50") int max) {
        return dispatches.ofMyAgency(first, max).stream().map(this::view).toList();
    }

    private PaperDispatchView view(PaperDispatch dispatch) {
        return PaperDispatchView.of(dispatch, documents.find(dispatch.outgoingId()).number()
                .map(DocumentNumber::format).orElse(null));
    }
}
