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
import vn.lienthong.exchange.OutgoingDocuments;

import java.util.List;

/** Văn bản đi: drafts and register numbers. Agency scoping is the service's. */
@Path("/documents/outgoing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutgoingDocumentResource {

    @Inject
    OutgoingDocuments documents;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Draft an outgoing document for the caller's agency (clerks)")
    public Response draft(@Valid @NotNull OutgoingDraftRequest request) {
        OutgoingDocumentView created = OutgoingDocumentView.of(documents.draft(request.toDraft()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/issue")
    @Operation(summary = "Issue the next number of the agency's register for the year (cấp số)")
    public OutgoingDocumentView issue(@PathParam("id") long id) {
        return OutgoingDocumentView.of(documents.issue(id));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One outgoing document of the caller's agency")
    public OutgoingDocumentView get(@PathParam("id") long id) {
        return OutgoingDocumentView.of(documents.find(id));
    }

    @GET
    @Operation(summary = "The caller's agency's outgoing documents, newest first")
    public List<OutgoingDocumentView> list(@QueryParam("first") @DefaultValue("0") int first,
                                           @QueryParam("max") @DefaultValue("50") int max) {
        return documents.ofMyAgency(first, max).stream().map(OutgoingDocumentView::of).toList();
    }
}
