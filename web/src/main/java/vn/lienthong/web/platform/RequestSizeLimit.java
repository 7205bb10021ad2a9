package vn.lienthong.web.platform;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.json.Json;
import jakarta.servlet.ServletContext;
import vn.lienthong.adoption.MailLogImports;
import vn.lienthong.platform.Messages;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * How large a request body may be, by purpose, decided when the request enters the application, before
 * authentication reads a login form or anything reads a body. The listener's max-post-size is left open, because
 * the listener alone answers an over-size body with an empty 400 that nobody can read. Here a declared length over
 * the limit is answered 413 with the reason in the reader's language; a body sent without a length is cut by Undertow
 * at the same limit. Registered in META-INF/services.
 */
public class RequestSizeLimit implements ServletExtension {

    /** Where a whole mail log may be uploaded: the API, and the auditor's import page (multipart, a little more). */
    static final Set<String> LOG_UPLOADS = Set.of("/api/adoption/imports", "/auditor/import.xhtml");

    private static final long DEFAULT_LIMIT = 84L << 20;

    static long limitFor(String path) {
        return LOG_UPLOADS.contains(path) ? MailLogImports.MAX_UPLOAD_BYTES + (1L << 20)
                : Long.getLong("lienthong.http.maxRequestBytes", DEFAULT_LIMIT);
    }

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(RequestSizeLimit::guard);
    }

    private static HttpHandler guard(HttpHandler next) {
        return exchange -> {
            String path = exchange.getRelativePath();
            long limit = limitFor(path);
            if (exchange.getRequestContentLength() > limit) {
                refuse(exchange, path, limit);
                return;
            }
            if (exchange.isRequestChannelAvailable()) {
                exchange.setMaxEntitySize(limit);
            }
            next.handleRequest(exchange);
        };
    }

    private static void refuse(HttpServerExchange exchange, String path, long limit) {
        String language = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
        Locale locale = Messages.supported(language == null ? null : Locale.forLanguageTag(language.split("[,;]")[0].strip()));
        String detail = LOG_UPLOADS.contains(path)
                ? Messages.format(locale, "adoption.import.tooLarge", MailLogImports.MAX_UPLOAD_BYTES >> 20)
                : Messages.format(locale, "request.tooLarge", limit >> 20);
        exchange.setStatusCode(413);
        // The body is left unread: the connection closes after the answer instead of draining it.
        exchange.setPersistent(false);
        String body;
        if (path.startsWith("/api/")) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE + ";charset=UTF-8");
            body = Json.createObjectBuilder().add("type", "about:blank").add("title", "Content Too Large")
                    .add("status", 413).add("detail", detail).add("instance", exchange.getRequestURI()).build().toString();
        } else {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain;charset=UTF-8");
            body = detail;
        }
        exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
    }
}
