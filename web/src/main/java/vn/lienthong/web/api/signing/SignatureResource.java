package vn.lienthong.web.api.signing;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Messages;
import vn.lienthong.signing.SignatureDesk;
import vn.lienthong.signing.SignedFile;
import vn.lienthong.web.platform.ContentDisposition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Chữ ký số on demand: check any file with its signature, fetch the trusted roots, sign as one's agency (clerks). */
@Path("/signatures")
public class SignatureResource {

    /** What Undertow accepts in one request by default; a signed document is far smaller. */
    static final int MAX_MB = 10;
    private static final int MAX_BYTES = MAX_MB * 1024 * 1024;

    @Inject
    SignatureDesk desk;

    @Context
    HttpHeaders headers;

    @POST
    @Path("/verification")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a file: a signed PDF, .p7m or .eml alone, or any file with its detached .p7s "
            + "(field signature); answers the verdict, reason, signer, signing time and chain")
    public SignatureReportView verify(@FormParam("file") EntityPart file, @FormParam("signature") EntityPart signature) {
        Upload content = Upload.required(file);
        Upload detached = Upload.optional(signature);
        return SignatureReportView.of(desk.verify(content.name(), content.bytes(),
                detached == null ? null : detached.name(), detached == null ? null : detached.bytes()), locale());
    }

    @GET
    @Path("/trusted-roots")
    @Produces("application/x-pem-file")
    @Operation(summary = "The city's trusted root certificates (PEM), for openssl cms -verify -CAfile")
    public String trustedRoots() {
        return desk.trustedRootsPem();
    }

    @POST
    @Path("/signing")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({"application/pdf", "application/pkcs7-signature"})
    @Operation(summary = "Clerks: sign a file in the own agency's name. A PDF comes back PAdES-signed; any other "
            + "file stays as it is and its detached CMS signature (.p7s) comes back")
    public Response sign(@FormParam("file") EntityPart file) {
        Upload content = Upload.required(file);
        SignedFile signed = desk.signForOwnAgency(content.name(), content.bytes());
        return signed.isDetached()
                ? download(signed.detachedSignature(), "application/pkcs7-signature", signed.signatureFileName())
                : download(signed.content(), "application/pdf", content.name());
    }

    private static Response download(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", ContentDisposition.attachment(name)).build();
    }

    private Locale locale() {
        List<Locale> accepted = headers.getAcceptableLanguages();
        return Messages.supported(accepted.isEmpty() ? null : accepted.get(0));
    }

    /** One uploaded part, read up to the limit. */
    private record Upload(String name, byte[] bytes) {

        static Upload required(EntityPart part) {
            Upload upload = optional(part);
            if (upload == null) {
                throw new InvalidInputException("signature.upload.fileMissing");
            }
            return upload;
        }

        /** A form whose file field was left empty sends a part with no name and no bytes: that is no file. */
        static Upload optional(EntityPart part) {
            if (part == null) {
                return null;
            }
            // Some browsers send the whole client path: only its last segment is the name.
            String name = part.getFileName().map(n -> n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1))
                    .filter(n -> !n.isBlank()).orElse(part.getName());
            try (InputStream in = part.getContent()) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new InvalidInputException("signature.upload.tooLarge", name, MAX_MB);
                }
                return bytes.length == 0 ? null : new Upload(name, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
