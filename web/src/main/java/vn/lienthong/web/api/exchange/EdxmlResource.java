package vn.lienthong.web.api.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.lienthong.exchange.EdxmlExchange;
import vn.lienthong.platform.InvalidInputException;

import java.util.List;

/**
 * A delivery's statuses as edXML (QCVN 102:2016) status messages. Export and import of packages are under the
 * outgoing and incoming documents.
 */
@Path("/documents/deliveries")
public class EdxmlResource {

    private static final String EDXML = "application/xml";

    @Inject
    EdxmlExchange edxml;

    @GET
    @Path("/{deliveryId}/edxml-status")
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
