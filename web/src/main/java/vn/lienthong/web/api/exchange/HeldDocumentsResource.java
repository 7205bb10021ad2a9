package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.exchange.DocumentFiles;

import java.util.List;

/** The documents held for a secrecy stamp: what the agency's leaders have to decide. */
@Path("/documents/held")
@Produces(MediaType.APPLICATION_JSON)
public class HeldDocumentsResource {

    @Inject
    DocumentFiles files;

    @GET
    @Operation(summary = "The caller's agency's documents held for a secrecy stamp, newest first")
    public List<OutgoingDocumentView> held() {
        return files.held().stream().map(OutgoingDocumentView::of).toList();
    }
}
