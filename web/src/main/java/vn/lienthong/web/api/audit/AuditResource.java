package vn.lienthong.web.api.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lienthong.audit.AuditEntry;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.audit.ChainVerification;

import java.time.Instant;
import java.util.List;

/** The audit trail for administrators: recent entries, one subject's history, and the chain's verification. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** One entry as the API shows it. */
    public record AuditEntryView(long id, Instant occurredAt, String actor, String agencyCode, String action,
                                 String subject, String outcome, String detail, Long chainSequence, String hash) {

        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.agencyCode().orElse(null), e.action().name(),
                    e.subject(), e.outcome().name(), e.detail().orElse(null), e.chainSequence().orElse(null),
                    e.hash().orElse(null));
        }
    }

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "Recent audit entries, newest first, or one subject's history (e.g. account:vanthu.sotttt)")
    public List<AuditEntryView> entries(@QueryParam("subject") String subject,
                                        @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("max") @DefaultValue("100") int max) {
        List<AuditEntry> entries = subject == null || subject.isBlank() ? audit.recent(first, max) : audit.forSubject(subject);
        return entries.stream().map(AuditEntryView::of).toList();
    }

    @POST
    @Path("/verification")
    @Operation(summary = "Walk the hash chain and report the first changed, removed or inserted entry")
    public ChainVerification verify() {
        return audit.verify();
    }
}
