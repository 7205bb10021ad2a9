package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.lienthong.exchange.EdxmlExchange;
import vn.lienthong.exchange.ImportedPackage;
import vn.lienthong.exchange.IncomingDocuments;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.platform.InvalidInputException;

import java.io.InputStream;
import java.util.List;

/** edXML (QCVN 102:2016): export of issued documents with their files, import of received packages, status messages. */
@Path("/documents")
public class EdxmlResource {

    /** What an import made: the incoming document and its files, or, for a status message, the delivery it moved. */
    public record ImportView(boolean replayed, IncomingDocumentView incoming, List<DocumentFileView> files,
                             Long outgoingId) {
    }

    private static final String EDXML = "application/xml";

    @Inject
    EdxmlExchange edxml;

    @Inject
    IncomingDocuments incoming;

    @GET
    @Path("/outgoing/{id}/edxml")
    @Produces(EDXML)
    @Operation(summary = "An issued document of the caller's agency as an edXML package, its files attached (base64)")
    public Response export(@PathParam("id") long id) {
        return Response.ok(edxml.exportPackage(id), EDXML + ";charset=UTF-8")
                .header("Content-Disposition", DocumentFileResource.contentDisposition("document-" + id + ".edxml")).build();
    }

    @POST
    @Path("/incoming/edxml")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an edXML package received from outside LienThong as an incoming document of the "
            + "caller's agency (one of its To recipients). A malformed package answers 400 naming what is wrong and "
            + "nothing is stored; an unknown agency 404; a package imported before answers 200 with the first import "
            + "(replayed = true). A status message updates the delivery to the national platform that it answers")
    @APIResponse(responseCode = "201", description = "imported")
    @APIResponse(responseCode = "200", description = "already imported, or a status message applied")
    public Response importPackage(@HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
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
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(view)
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/deliveries/{deliveryId}/edxml-status")
    @Produces(EDXML)
    @Operation(summary = "A delivery's status as an edXML status message (for its sender or recipient): the latest, "
            + "or step n of its history (1 = the first status); X-Status-Count gives how many there are")
    public Response statusMessage(@PathParam("deliveryId") long deliveryId,
                                  @Parameter(description = "1-based step; the latest when absent") @QueryParam("step") Integer step) {
        List<byte[]> messages = edxml.statusMessages(deliveryId);
        if (messages.isEmpty()) {
            return Response.noContent().header("X-Status-Count", 0).build();
        }
        int index = step == null ? messages.size() : step;
        if (index < 1 || index > messages.size()) {
            throw new InvalidInputException("edxml.status.step", index, messages.size());
        }
        return Response.ok(messages.get(index - 1), EDXML + ";charset=UTF-8").header("X-Status-Count", messages.size())
                .build();
    }
}
