package vn.lienthong.web.platform;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lienthong.platform.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The FORM mechanism answers an unauthenticated request by forwarding to the login page. For the API that is
 * wrong: a machine needs 401 with a Basic challenge and problem+json. This filter sees that forward, and the
 * container's own 401 for bad Basic credentials, and answers the API's way.
 */
@WebFilter(urlPatterns = {"/login.xhtml", "/error/401"}, dispatcherTypes = {DispatcherType.FORWARD, DispatcherType.ERROR})
public class ApiLoginChallenge extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object original = request.getAttribute(request.getDispatcherType() == DispatcherType.ERROR
                ? RequestDispatcher.ERROR_REQUEST_URI : RequestDispatcher.FORWARD_REQUEST_URI);
        boolean api = original instanceof String uri && uri.startsWith(request.getContextPath() + "/api/");
        if (api || request.getDispatcherType() == DispatcherType.ERROR) {
            String detail = Messages.format(
                    request.getHeader("Accept-Language") == null ? null : request.getLocale(), "access.unauthenticated");
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"LienThong\", charset=\"UTF-8\"");
            response.setContentType(ProblemDetail.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Unauthorized")
                    .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                    .add("detail", detail)
                    .add("instance", String.valueOf(original))
                    .build().toString());
            return;
        }
        chain.doFilter(request, response);
    }
}
