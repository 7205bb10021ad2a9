package vn.lienthong.web.ui.mail;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The mail pages' Content-Security-Policy. The message itself never lands in these pages: it is shown in a frame
 * sandboxed without scripts whose own response forbids everything ({@link MailPartServlet}). The pages around it
 * run PrimeFaces, whose widgets are started by inline scripts, hence {@code 'unsafe-inline'} for scripts here; no
 * other origin may serve scripts, styles, frames or form targets, and nothing may frame the pages.
 */
@WebFilter(urlPatterns = "/leader/mail/*")
public class MailCspFilter extends HttpFilter {

    static final String PAGES = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", PAGES);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        // A mail page must not be kept where the next person at a shared computer could open it.
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
