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
import vn.lienthong.exchange.OutgoingDocument;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.lienthong.exchange.DocumentFiles;
import vn.lienthong.exchange.EdxmlExchange;
import vn.lienthong.exchange.ImportedPackage;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Messages;
import jakarta.ws.rs.core.Context;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Văn bản đến: the caller's agency's inbox and the clerk's actions on it. */
@Path("/documents/incoming")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncomingDocumentResource {

    /** The reason a document is returned to its sender. */
    public record ReturnRequest(@NotBlank(message = "{lienthong.required}") String reason) {
    }

    /**
     * A clerk's acceptance: {@code acceptIndeterminate} with a {@code note} is their explicit decision to accept a
     * document whose signatures are INDETERMINATE (audited). Without a body, a plain acceptance.
     */
    public record AcceptRequest(Boolean acceptIndeterminate, String note) {
    }

    /** The colleague who will handle the document. */
    public record AssignRequest(@NotBlank(message = "{lienthong.required}") String username) {
    }

    @Inject
    IncomingDocuments documents;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's agency's incoming documents, newest first; with status (edXML code such as 01, "
            + "or its name such as ARRIVED) only those in that status")
    public List<IncomingDocumentView> inbox(@QueryParam("first") @DefaultValue("0") int first,
                                            @QueryParam("max") @DefaultValue("50") int max,
                                            @QueryParam("status") String status) {
        List<IncomingDocument> page = status == null || status.isBlank() ? documents.inbox(first, max)
                : documents.inbox(statusOf(status), first, max);
        Map<Long, OutgoingDocument> originals = documents.originals(page);
        return page.stream().map(i -> IncomingDocumentView.of(i, originals.get(i.id()))).toList();
    }

    @GET
    @Path("/{id}")
    public IncomingDocumentView get(@PathParam("id") long id) {
        return view(documents.find(id));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept and register with the next arrival number (03); a second accept is refused (409). "
            + "A document whose signatures are INVALID is refused (409): return it instead. One whose signatures are "
            + "INDETERMINATE needs {\"acceptIndeterminate\":true,\"note\":\"…\"} (409 without, 400 without a note)")
    public IncomingDocumentView accept(@PathParam("id") long id, AcceptRequest request) {
        boolean decided = request != null && Boolean.TRUE.equals(request.acceptIndeterminate());
        return view(documents.accept(id, decided, decided ? request.note() : null));
    }

    /** The plain accept, as before decisions existed: a POST with no body and no JSON content type. */
    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public IncomingDocumentView acceptWithoutBody(@PathParam("id") long id) {
        return view(documents.accept(id, false, null));
    }

    @GET
    @Path("/{id}/signatures")
    @Operation(summary = "What checking the signatures found when the document arrived: one report per file, and one "
            + "for the edXML envelope of an imported package")
    public List<SignatureCheckView> signatures(@PathParam("id") long id) {
        Locale locale = locale();
        return documents.signatureChecks(id).stream().map(c -> SignatureCheckView.of(c, locale)).toList();
    }

    private Locale locale() {
        List<Locale> accepted = headers.getAcceptableLanguages();
        return Messages.supported(accepted.isEmpty() ? null : accepted.get(0));
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

    /** A status by its name (ARRIVED) or its edXML code (01). */
    static DeliveryStatus statusOf(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (DeliveryStatus s : DeliveryStatus.values()) {
            if (s.name().equals(wanted)) {
                return s;
            }
        }
        return DeliveryStatus.fromCode(wanted);
    }

    private IncomingDocumentView view(IncomingDocument incoming) {
        return IncomingDocumentView.of(incoming, documents.original(incoming));
    }

    // Files and edXML import (files)

    /** What an import made: the incoming document and its files, or, for a status message, the document it moved. */
    public record ImportView(boolean replayed, IncomingDocumentView incoming, List<DocumentFileView> files,
                             long documentId) {
    }

    @Inject
    DocumentFiles files;

    @Inject
    EdxmlExchange edxml;

    @GET
    @Path("/{id}/files")
    @Operation(summary = "The files of an incoming document of the caller's agency: the sender's, byte for byte")
    public List<DocumentFileView> files(@PathParam("id") long id) {
        return files.ofIncoming(id).stream().map(DocumentFileView::of).toList();
    }

    @POST
    @Path("/edxml")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import an edXML package received from outside LienThong as an incoming document of the "
            + "caller's agency (one of its To recipients; its sender must be in the directory). A malformed package "
            + "answers 400 naming what is wrong and nothing is stored; an unknown agency 404; a package imported before "
            + "200 with the first import (replayed = true). A status message updates the caller's delivery to the "
            + "national platform that it answers; 15 (agree) or 16 (refuse) settles the delivery's pending recall, "
            + "update or replace request as a LienThong recipient's answer would (a replay changes nothing, "
            + "replayed = true). A status from an agency that did not receive the document answers 403; an answer "
            + "to a request never made 404; to one already answered otherwise 409")
    @APIResponse(responseCode = "201", description = "imported")
    @APIResponse(responseCode = "200", description = "already imported, or a status message applied")
    public Response importEdxml(@HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        FileUploads.checkDeclaredLength(contentLength, EdxmlReader.DEFAULT_MAX_BYTES);
        byte[] bytes = FileUploads.readBounded(body, EdxmlReader.DEFAULT_MAX_BYTES);
        if (bytes.length == 0) {
            throw new InvalidInputException("file.empty", "edXML");
        }
        ImportedPackage imported = edxml.importPackage(bytes);
        ImportView view = new ImportView(imported.replayed(),
                imported.incoming() == null ? null : IncomingDocumentView.of(imported.incoming(), imported.document()),
                imported.files().stream().map(DocumentFileView::of).toList(), imported.document().id());
        boolean created = !imported.replayed() && imported.incoming() != null;
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }
}
