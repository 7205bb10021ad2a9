package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.IncomingDocuments;

import java.util.List;

/** Văn bản đến: the caller's agency's inbox and the clerk's actions on it. */
@Path("/documents/incoming")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncomingDocumentResource {

    /** The reason a document is returned to its sender. */
    public record ReturnRequest(@NotBlank(message = "{lienthong.required}") String reason) {
    }

    /** The colleague who will handle the document. */
    public record AssignRequest(@NotBlank(message = "{lienthong.required}") String username) {
    }

    @Inject
    IncomingDocuments documents;

    @GET
    @Operation(summary = "The caller's agency's incoming documents, newest first")
    public List<IncomingDocumentView> inbox(@QueryParam("first") @DefaultValue("0") int first,
                                            @QueryParam("max") @DefaultValue("50") int max) {
        return documents.inbox(first, max).stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    public IncomingDocumentView get(@PathParam("id") long id) {
        return view(documents.find(id));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept and register with the next arrival number (03); a second accept is refused (409)")
    public IncomingDocumentView accept(@PathParam("id") long id) {
        return view(documents.accept(id));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return to the sender with a reason (02)")
    public IncomingDocumentView returnToSender(@PathParam("id") long id, ReturnRequest request) {
        return view(documents.returnToSender(id, request == null ? null : request.reason()));
    }

    @POST
    @Path("/{id}/assign")
    @Operation(summary = "Assign to a person of the agency (04)")
    public IncomingDocumentView assign(@PathParam("id") long id, AssignRequest request) {
        return view(documents.assign(id, request == null ? null : request.username()));
    }

    @POST
    @Path("/{id}/in-progress")
    @Operation(summary = "Mark as being handled (05)")
    public IncomingDocumentView inProgress(@PathParam("id") long id) {
        return view(documents.progress(id, DeliveryStatus.IN_PROGRESS));
    }

    @POST
    @Path("/{id}/done")
    @Operation(summary = "Mark as done (06)")
    public IncomingDocumentView done(@PathParam("id") long id) {
        return view(documents.progress(id, DeliveryStatus.DONE));
    }

    private IncomingDocumentView view(IncomingDocument incoming) {
        return IncomingDocumentView.of(incoming, documents.original(incoming));
    }
}
