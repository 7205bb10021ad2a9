package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.exchange.DocumentFiles;
import vn.lienthong.exchange.FileContent;
import vn.lienthong.exchange.FileRole;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.web.platform.ContentDisposition;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Opening a file of a document; uploads and lists are under the documents they belong to. */
@Path("/files")
public class DocumentFileResource {

    @Inject
    DocumentFiles files;

    @GET
    @Path("/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Open (download) a file: for the sender's agency and the agencies it was delivered to; "
            + "404 to anyone else. Served as an attachment with its true type; audited as a view of a file")
    public Response open(@PathParam("fileId") long fileId) {
        FileContent content = files.open(fileId);
        return Response.ok(content.bytes(), content.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(content.file().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(content.file().sha256())))
                .build();
    }

    static FileRole role(String text) {
        try {
            return FileRole.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("file.role.invalid", text);
        }
    }
}
