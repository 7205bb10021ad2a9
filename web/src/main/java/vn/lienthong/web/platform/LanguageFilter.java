package vn.lienthong.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lienthong.platform.Messages;

import java.io.IOException;
import java.util.Locale;

/**
 * The language switch: {@code ?lang=en} or {@code ?lang=vi} on any page, the login page included, is remembered
 * for the session. Done as a filter so that it works before anyone has signed in.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    public static final String SESSION_KEY = "lienthong.locale";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "vi".equals(lang)) {
            request.getSession().setAttribute(SESSION_KEY, Messages.supported(Locale.forLanguageTag(lang)));
        }
        chain.doFilter(request, response);
    }
}
