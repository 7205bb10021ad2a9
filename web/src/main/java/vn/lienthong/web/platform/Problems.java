package vn.lienthong.web.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.lienthong.platform.Messages;

import java.util.List;
import java.util.Locale;

/** Builds problem+json answers in the language the client asked for (Vietnamese unless English). */
public final class Problems {

    private Problems() {
    }

    public static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Messages.supported(accepted.isEmpty() ? null : accepted.get(0));
    }

    static Response answer(Response.Status status, String detail, UriInfo uri, String incident,
                           List<ProblemDetail.Violation> violations) {
        ProblemDetail problem = new ProblemDetail("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                detail, uri == null ? null : uri.getRequestUri().getPath(), incident, violations);
        return Response.status(status).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    static Response answer(Response.Status status, String detail, UriInfo uri) {
        return answer(status, detail, uri, null, null);
    }
}
