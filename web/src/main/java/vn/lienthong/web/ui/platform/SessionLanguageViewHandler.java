package vn.lienthong.web.ui.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import vn.lienthong.platform.Messages;
import vn.lienthong.web.platform.LanguageFilter;

import java.util.Locale;

/**
 * Every view starts in the session's language, Vietnamese unless English was chosen ({@link LanguageFilter}), not
 * in the browser's Accept-Language. The layout's {@code f:view locale} only applies when the page renders, after a
 * view action has run: a message a view action added (a document or message not found) came out in English on a
 * Vietnamese page whenever the browser itself was set to English, as many office PCs are.
 */
public class SessionLanguageViewHandler extends ViewHandlerWrapper {

    public SessionLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return chosen(context);
    }

    /** The language the session chose, or Vietnamese. */
    static Locale chosen(FacesContext context) {
        Object chosen = context.getExternalContext().getSessionMap().get(LanguageFilter.SESSION_KEY);
        return chosen instanceof Locale locale ? locale : Messages.VIETNAMESE;
    }
}
