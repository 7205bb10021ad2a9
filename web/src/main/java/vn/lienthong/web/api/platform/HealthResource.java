package vn.lienthong.web.api.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import vn.lienthong.platform.SystemHealth;

import java.util.Map;

/** Public health check for load balancers and operators: the database and the routing queue. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** UP only when every check is up. */
    public record Health(String status, Map<String, SystemHealth.Check> checks) {
    }

    @Inject
    SystemHealth health;

    @GET
    @Operation(summary = "Database and JMS health; 503 when either is down")
    @SecurityRequirements
    public Response health() {
        Map<String, SystemHealth.Check> checks = health.check();
        boolean up = checks.values().stream().allMatch(SystemHealth.Check::up);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(up ? "UP" : "DOWN", checks))
                .build();
    }
}
