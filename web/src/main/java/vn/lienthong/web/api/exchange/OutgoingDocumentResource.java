package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
import jakarta.ws.rs.ext.Providers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.exchange.OutgoingDocuments;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.lienthong.exchange.DocumentFile;
import vn.lienthong.exchange.DocumentFiles;
import vn.lienthong.exchange.FileRole;
import vn.lienthong.exchange.NewFile;
import vn.lienthong.exchange.EdxmlExchange;
import vn.lienthong.exchange.Secrecy;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.web.platform.Problems;
import vn.lienthong.web.platform.ContentDisposition;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Draft an outgoing document with its files in one call and one transaction (multipart/form-data): "
            + "part 'draft' is the JSON of the plain draft, part 'file' the main file (its file name is kept), any number "
            + "of parts 'appendix' the appendices. Each file has the checks and answers of the uploads: a refused file "
            + "answers 400 with the reason and leaves no draft, a classified document 409; a secrecy stamp in the text "
            + "holds the draft (status HELD). The whole request may be at most the file size limit (413 before it is "
            + "read): larger files go one by one to /{id}/files")
    @APIResponse(responseCode = "201", description = "drafted, with its files")
    @APIResponse(responseCode = "413", description = "over the configured size limit")
    public Response draftWithFiles(@HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
                                   List<EntityPart> parts) {
        long limit = files.maxBytes();
        // The form's boundaries, part headers and the draft's JSON take a few kilobytes; each file is checked below.
        FileUploads.checkDeclaredLength(contentLength, limit + 64 * 1024);
        EntityPart draftPart = FileUploads.part(parts, "draft")
                .orElseThrow(() -> new InvalidInputException("draft.part.missing"));
        OutgoingDraftRequest request = draftOf(FileUploads.text(draftPart));
        List<NewFile> newFiles = new ArrayList<>();
        for (EntityPart part : parts) {
            FileRole role = switch (part.getName()) {
                case "file" -> FileRole.MAIN;
                case "appendix" -> FileRole.APPENDIX;
                default -> null;
            };
            if (role != null) {
                String name = part.getFileName().orElseThrow(() -> new InvalidInputException("file.name.required"));
                newFiles.add(new NewFile(role, name, FileUploads.readBounded(part.getContent(), limit)));
            }
        }
        OutgoingDocumentView created = OutgoingDocumentView.of(files.draftWithFiles(request.toDraft(), newFiles));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/issue")
    @Operation(summary = "Issue the next number of the agency's register for the year (cấp số)")
    public OutgoingDocumentView issue(@PathParam("id") long id) {
        return OutgoingDocumentView.of(documents.issue(id));
    }

    @POST
    @Path("/{id}/send")
    @Operation(summary = "Send the issued document: one delivery per recipient, routed asynchronously. Carved-out documents are refused (409)")
    public List<DeliveryView> send(@PathParam("id") long id) {
        return documents.send(id).stream().map(d -> DeliveryView.of(d, List.of())).toList();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Each recipient's current status (edXML 01–16) and history")
    public List<DeliveryView> deliveries(@PathParam("id") long id) {
        return documents.deliveries(id).stream().map(d -> DeliveryView.of(d, documents.history(d.id()))).toList();
    }

    @POST
    @Path("/deliveries/{deliveryId}/resend")
    @Operation(summary = "Send a failed delivery again")
    public DeliveryView resend(@PathParam("deliveryId") long deliveryId) {
        return DeliveryView.of(documents.resend(deliveryId), documents.history(deliveryId));
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

    // Files, holding and edXML export (files)

    /** A leader's note when releasing a held document. */
    public record ReleaseRequest(String note) {
    }

    /** The grade a leader gives a held document: MAT, TOI_MAT or TUYET_MAT. */
    public record RemarkRequest(@NotNull(message = "{lienthong.required}") Secrecy secrecy) {
    }

    @Inject
    DocumentFiles files;

    @Inject
    EdxmlExchange edxml;

    @Context
    Providers providers;

    @Inject
    Validator validator;

    @Context
    HttpHeaders headers;

    @POST
    @Path("/{id}/files")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a file to a draft as raw bytes: the body is the file, its name in X-File-Name "
            + "(UTF-8, percent-encoded), role=MAIN|APPENDIX. The true type is read from the bytes; a refused file answers "
            + "400 with the reason, an empty file 400, a file over the limit (50 MB by default) 413 before it is read, "
            + "a classified document 409. A secrecy stamp in the text of an ordinary document holds it (status HELD)")
    @APIResponse(responseCode = "201", description = "stored")
    @APIResponse(responseCode = "413", description = "over the configured size limit")
    public Response uploadRaw(@PathParam("id") long id,
                              @Parameter(description = "MAIN or APPENDIX") @QueryParam("role") @DefaultValue("MAIN") String role,
                              @HeaderParam("X-File-Name") String fileName,
                              @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        long limit = files.maxBytes();
        FileUploads.checkDeclaredLength(contentLength, limit);
        String name = FileUploads.headerFileName(fileName);
        return stored(files.add(id, DocumentFileResource.role(role), name, FileUploads.readBounded(body, limit)));
    }

    @POST
    @Path("/{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file to a draft as multipart/form-data: part 'file' (its file name is kept) and "
            + "optional part 'role' (MAIN or APPENDIX). Same checks and answers as the raw upload")
    @APIResponse(responseCode = "201", description = "stored")
    @APIResponse(responseCode = "413", description = "over the configured size limit")
    public Response uploadMultipart(@PathParam("id") long id, @QueryParam("role") String roleParam,
                                    @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
                                    List<EntityPart> parts) {
        long limit = files.maxBytes();
        // The form's boundaries and part headers take a few hundred bytes; the file itself is checked below.
        FileUploads.checkDeclaredLength(contentLength, limit + 64 * 1024);
        EntityPart file = FileUploads.part(parts, "file").orElseThrow(() -> new InvalidInputException("file.part.missing"));
        String role = FileUploads.part(parts, "role").map(FileUploads::text).orElse(roleParam == null ? "MAIN" : roleParam);
        String name = file.getFileName().orElseThrow(() -> new InvalidInputException("file.name.required"));
        return stored(files.add(id, DocumentFileResource.role(role), name, FileUploads.readBounded(file.getContent(), limit)));
    }

    @GET
    @Path("/{id}/files")
    @Operation(summary = "The files of an outgoing document of the caller's agency, main file first")
    public List<DocumentFileView> files(@PathParam("id") long id) {
        return files.ofOutgoing(id).stream().map(DocumentFileView::of).toList();
    }

    @DELETE
    @Path("/{id}/files/{fileId}")
    @Operation(summary = "Remove a file from a draft")
    public Response removeFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        files.remove(id, fileId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/hold")
    @Operation(summary = "Why the document is held (file, secrecy stamp as written, line and offset); 204 when it is not")
    public Response hold(@PathParam("id") long id) {
        return files.holdOf(id).map(r -> Response.ok(HoldView.of(id, r, Problems.locale(headers))).build())
                .orElse(Response.noContent().build());
    }

    @POST
    @Path("/{id}/release")
    @Operation(summary = "A leader of the agency releases a held document: it may then be issued and sent (audited)")
    public OutgoingDocumentView release(@PathParam("id") long id, ReleaseRequest request) {
        return OutgoingDocumentView.of(files.release(id, request == null ? null : request.note()));
    }

    @POST
    @Path("/{id}/remark")
    @Operation(summary = "A leader of the agency re-marks a held document as classified: its files are deleted and it "
            + "goes to the paper carve-out (audited)")
    public OutgoingDocumentView remark(@PathParam("id") long id, @Valid @NotNull RemarkRequest request) {
        return OutgoingDocumentView.of(files.remark(id, request.secrecy()));
    }

    @GET
    @Path("/{id}/edxml")
    @Produces("application/xml")
    @Operation(summary = "An issued document of the caller's agency as an edXML package, its files attached (base64)")
    public Response edxml(@PathParam("id") long id) {
        return Response.ok(edxml.exportPackage(id), "application/xml;charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("document-" + id + ".edxml")).build();
    }

    /** The draft part read as the plain draft's body is: the same JSON engine, the same constraints. */
    private OutgoingDraftRequest draftOf(String json) {
        OutgoingDraftRequest request;
        try {
            request = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
                    .getContext(OutgoingDraftRequest.class).fromJson(json, OutgoingDraftRequest.class);
        } catch (JsonbException e) {
            throw new InvalidInputException("request.unreadable");
        }
        if (request == null) {
            throw new InvalidInputException("draft.part.missing");
        }
        Set<ConstraintViolation<OutgoingDraftRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private Response stored(DocumentFile file) {
        return Response.created(uri.getBaseUriBuilder().path("files").path(Long.toString(file.id())).build())
                .entity(DocumentFileView.of(file)).build();
    }
}
