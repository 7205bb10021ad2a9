package vn.lienthong.web.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import vn.lienthong.platform.Messages;

import java.util.Set;

/**
 * A browser's session cookie also reaches the API, so a state-changing call without an Authorization header
 * must carry {@code X-Requested-With}: a header another site's form cannot send without a CORS preflight,
 * which LienThong never grants. Machine clients with HTTP Basic are not affected.
 */
@Provider
public class CsrfGuard implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getHeaderString(HEADER) != null) {
            return;
        }
        request.abortWith(Problems.answer(Response.Status.FORBIDDEN,
                Messages.format(Problems.locale(headers), "request.csrf"), uri));
    }
}
