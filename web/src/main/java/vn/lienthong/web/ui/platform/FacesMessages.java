package vn.lienthong.web.ui.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.Messages;

/** Says a domain rule on a page, in the page's language: the same words the API uses. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void error(DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.format(faces.getViewRoot().getLocale(), e);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Does a page action and says how it went: the done message, or the broken rule in the reader's language. */
    public static boolean perform(Runnable action, String doneKey, Object... arguments) {
        try {
            action.run();
            info(doneKey, arguments);
            return true;
        } catch (DomainException e) {
            error(e);
            return false;
        }
    }

    /** An information message that survives the redirect after a POST. */
    public static void flashInfo(String bundleKey, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(bundleKey, arguments);
    }

    public static void info(String bundleKey, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "t").getString(bundleKey);
        String text = new java.text.MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
