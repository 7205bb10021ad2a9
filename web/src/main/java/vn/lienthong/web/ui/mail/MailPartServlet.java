package vn.lienthong.web.ui.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lienthong.mail.MessageView;
import vn.lienthong.mail.PartContent;
import vn.lienthong.mail.RemoteImages;
import vn.lienthong.mail.Webmail;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.Messages;
import vn.lienthong.web.platform.ContentDisposition;
import vn.lienthong.web.platform.LanguageFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * A message's parts, from the caller's own open mailbox only ({@link Webmail}): the body as a document of its own
 * for the reader's sandboxed frame, attachments as downloads, inline images. Each answer carries a policy that lets
 * nothing run: the body's forbids scripts, forms, plugins and a base URL and is itself a sandbox; attachments are
 * always {@code application/octet-stream} with {@code Content-Disposition: attachment}.
 */
@WebServlet("/leader/mail/part/*")
public class MailPartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Raster images only: an SVG can carry script, and this answer comes from LienThong's own origin. */
    private static final Set<String> SAFE_IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp");
    private static final String SANDBOX = "sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox";
    private static final String NOTHING = "default-src 'none'; frame-ancestors 'self'; sandbox";

    @Inject
    transient Webmail webmail;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        String folder = request.getParameter("folder");
        long uid = uid(request.getParameter("uid"));
        if (folder == null || folder.isBlank() || uid < 1) {
            fail(request, response, HttpServletResponse.SC_BAD_REQUEST, Messages.format(locale(request), "request.invalid"));
            return;
        }
        try {
            switch (String.valueOf(request.getPathInfo())) {
                case "/body" -> body(request, response, folder, uid);
                case "/attachment" -> attachment(request, response, folder, uid);
                case "/inline" -> inline(request, response, folder, uid);
                default -> fail(request, response, HttpServletResponse.SC_NOT_FOUND,
                        Messages.format(locale(request), "request.invalid"));
            }
        } catch (DomainException e) {
            fail(request, response, status(e), Messages.format(locale(request), e));
        }
    }

    private void body(HttpServletRequest request, HttpServletResponse response, String folder, long uid) throws IOException {
        boolean show = "show".equals(request.getParameter("images"));
        MessageView view = webmail.view(folder, uid, show ? RemoteImages.SHOW : RemoteImages.BLOCK,
                MailLinks.inlineImages(request.getContextPath(), folder, uid));
        String content = view.html() != null ? view.html().html()
                : "<pre>" + escape(view.text() == null ? "" : view.text()) + "</pre>";
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self' data:"
                + (show ? " https: http:" : "") + "; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; "
                + "form-action 'none'; frame-ancestors 'self'; " + SANDBOX);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"referrer\" content=\"no-referrer\"><style>"
                + "body{margin:0;padding:.5rem;font-family:system-ui,'Segoe UI',Arial,sans-serif;line-height:1.5;"
                + "overflow-wrap:anywhere}img{max-width:100%;height:auto}pre{white-space:pre-wrap;font-family:inherit}"
                + "table{max-width:100%}</style></head><body>" + content + "</body></html>");
    }

    private void attachment(HttpServletRequest request, HttpServletResponse response, String folder, long uid) throws IOException {
        String part = request.getParameter("part");
        if (part == null || !part.matches("\\d+(\\.\\d+){0,20}")) {
            fail(request, response, HttpServletResponse.SC_BAD_REQUEST, Messages.format(locale(request), "request.invalid"));
            return;
        }
        PartContent content = webmail.use(box -> box.attachment(folder, uid, part));
        response.setHeader("Content-Security-Policy", NOTHING);
        response.setContentType("application/octet-stream");
        response.setHeader("Content-Disposition", ContentDisposition.attachment(content.fileName()));
        response.setContentLength(content.size());
        response.getOutputStream().write(content.bytes());
    }

    private void inline(HttpServletRequest request, HttpServletResponse response, String folder, long uid) throws IOException {
        String cid = request.getParameter("cid");
        PartContent image = cid == null ? null : webmail.use(box -> box.inlineImage(folder, uid, cid));
        if (image == null || !SAFE_IMAGES.contains(image.contentType().toLowerCase(Locale.ROOT))) {
            fail(request, response, HttpServletResponse.SC_NOT_FOUND, Messages.format(locale(request), "request.invalid"));
            return;
        }
        response.setHeader("Content-Security-Policy", NOTHING);
        response.setContentType(image.contentType());
        response.setHeader("Content-Disposition", ContentDisposition.inline(image.fileName()));
        response.setContentLength(image.size());
        response.getOutputStream().write(image.bytes());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static long uid(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static int status(DomainException e) {
        return switch (e.kind()) {
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            case TOO_LARGE -> HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
        };
    }

    private static void fail(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setHeader("Content-Security-Policy", NOTHING);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }

    private static Locale locale(HttpServletRequest request) {
        Object chosen = request.getSession().getAttribute(LanguageFilter.SESSION_KEY);
        return chosen instanceof Locale locale ? locale : Messages.VIETNAMESE;
    }
}
