package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.lienthong.exchange.DocumentFile;
import vn.lienthong.exchange.DocumentFiles;
import vn.lienthong.exchange.FileContent;
import vn.lienthong.exchange.FileRole;
import vn.lienthong.exchange.Secrecy;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.web.platform.Problems;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Files of documents: upload to a draft (raw bytes with {@code X-File-Name}, or multipart/form-data), list, open,
 * and the leaders' decision on a document held for a secrecy stamp.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentFileResource {

    /** A leader's note when releasing a held document. */
    public record ReleaseRequest(String note) {
    }

    /** The grade a leader gives a held document: MAT, TOI_MAT or TUYET_MAT. */
    public record RemarkRequest(@NotNull(message = "{lienthong.required}") Secrecy secrecy) {
    }

    @Inject
    DocumentFiles files;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Path("documents/outgoing/{id}/files")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a file to a draft as raw bytes: the body is the file, its name in X-File-Name "
            + "(UTF-8, percent-encoded). The true type is read from the bytes; refused files answer 400 with the reason, "
            + "an empty file 400, a file over the limit (50 MB by default) 413, a classified document 409. A secrecy "
            + "stamp in the text of an ordinary document holds it (status HELD)")
    @APIResponse(responseCode = "201", description = "stored")
    @APIResponse(responseCode = "413", description = "over the configured size limit; refused before the body is read")
    public Response uploadRaw(@PathParam("id") long id,
                              @Parameter(description = "MAIN or APPENDIX") @QueryParam("role") @DefaultValue("MAIN") String role,
                              @HeaderParam("X-File-Name") String fileName,
                              @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        long limit = files.maxBytes();
        FileUploads.checkDeclaredLength(contentLength, limit);
        String name = FileUploads.headerFileName(fileName);
        return created(files.add(id, role(role), name, FileUploads.readBounded(body, limit)));
    }

    @POST
    @Path("documents/outgoing/{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file to a draft as multipart/form-data: part 'file' (its file name is kept) and "
            + "optional part 'role' (MAIN or APPENDIX). Same checks and answers as the raw upload")
    @APIResponse(responseCode = "201", description = "stored")
    @APIResponse(responseCode = "413", description = "over the configured size limit")
    public Response uploadMultipart(@PathParam("id") long id, @QueryParam("role") String roleParam,
                                    @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
                                    List<EntityPart> parts) {
        long limit = files.maxBytes();
        // The form's own boundaries and headers are a few hundred bytes; the file is checked on its own below.
        FileUploads.checkDeclaredLength(contentLength, limit + 64 * 1024);
        EntityPart file = FileUploads.part(parts, "file")
                .orElseThrow(() -> new InvalidInputException("file.part.missing"));
        String role = FileUploads.part(parts, "role").map(FileUploads::text).orElse(roleParam == null ? "MAIN" : roleParam);
        String name = file.getFileName().orElseThrow(() -> new InvalidInputException("file.name.required"));
        return created(files.add(id, role(role), name, FileUploads.readBounded(file.getContent(), limit)));
    }

    @GET
    @Path("documents/outgoing/{id}/files")
    @Operation(summary = "The files of an outgoing document of the caller's agency")
    public List<DocumentFileView> ofOutgoing(@PathParam("id") long id) {
        return files.ofOutgoing(id).stream().map(DocumentFileView::of).toList();
    }

    @DELETE
    @Path("documents/outgoing/{id}/files/{fileId}")
    @Operation(summary = "Remove a file from a draft")
    public Response remove(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        files.remove(id, fileId);
        return Response.noContent().build();
    }

    @GET
    @Path("documents/incoming/{id}/files")
    @Operation(summary = "The files of an incoming document of the caller's agency: the sender's, byte for byte")
    public List<DocumentFileView> ofIncoming(@PathParam("id") long id) {
        return files.ofIncoming(id).stream().map(DocumentFileView::of).toList();
    }

    @GET
    @Path("files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Open (download) a file: for the sender's agency and the agencies it was delivered to; "
            + "404 to anyone else. Audited as a view of a file")
    public Response open(@PathParam("fileId") long fileId) {
        FileContent content = files.open(fileId);
        return Response.ok(content.bytes(), content.mediaType())
                .header("Content-Disposition", contentDisposition(content.file().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(content.file().sha256())))
                .build();
    }

    @GET
    @Path("documents/outgoing/{id}/hold")
    @Operation(summary = "Why the document is held (secrecy stamp, matched text, position); 204 when it is not")
    public Response hold(@PathParam("id") long id) {
        return files.holdOf(id).map(r -> Response.ok(HoldView.of(id, r, locale())).build())
                .orElse(Response.noContent().build());
    }

    @GET
    @Path("documents/held")
    @Operation(summary = "The caller's agency's documents held for a secrecy stamp, for its leaders to decide")
    public List<OutgoingDocumentView> held() {
        return files.held().stream().map(OutgoingDocumentView::of).toList();
    }

    @POST
    @Path("documents/outgoing/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A leader of the agency releases a held document: it may then be issued and sent (audited)")
    public OutgoingDocumentView release(@PathParam("id") long id, ReleaseRequest request) {
        return OutgoingDocumentView.of(files.release(id, request == null ? null : request.note()));
    }

    @POST
    @Path("documents/outgoing/{id}/remark")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A leader of the agency re-marks a held document as classified: its files are deleted and it "
            + "goes to the paper carve-out (audited)")
    public OutgoingDocumentView remark(@PathParam("id") long id, @jakarta.validation.Valid @NotNull RemarkRequest request) {
        return OutgoingDocumentView.of(files.remark(id, request.secrecy()));
    }

    private Response created(DocumentFile file) {
        return Response.created(uri.getBaseUriBuilder().path("files").path(Long.toString(file.id())).build())
                .entity(DocumentFileView.of(file)).build();
    }

    private Locale locale() {
        return Problems.locale(headers);
    }

    private static FileRole role(String text) {
        try {
            return FileRole.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("file.role.invalid", text);
        }
    }

    /** RFC 6266: an ASCII fallback name, and the real one in UTF-8; always an attachment, never shown inline. */
    static String contentDisposition(String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
