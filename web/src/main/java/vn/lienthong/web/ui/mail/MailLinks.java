package vn.lienthong.web.ui.mail;

import jakarta.faces.context.FacesContext;
import vn.lienthong.mail.MessageHtml;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;

/** The URLs of a message's parts, built in one place so that the page and the frame ask for the same view. */
public final class MailLinks {

    /** The servlet that serves bodies, attachments and inline images (under the leaders' pages). */
    static final String PARTS = "/leader/mail/part";

    private MailLinks() {
    }

    /** Where the sanitiser points {@code cid:} images: the inline-image URL with the Content-ID left to fill. */
    public static String inlineImages(String contextPath, String folder, long uid) {
        return contextPath + PARTS + "/inline?" + message(folder, uid) + "&cid=" + MessageHtml.CID_PLACEHOLDER;
    }

    public static String body(String contextPath, String folder, long uid, boolean showImages) {
        return contextPath + PARTS + "/body?" + message(folder, uid) + (showImages ? "&images=show" : "");
    }

    public static String attachment(String contextPath, String folder, long uid, String partPath) {
        return contextPath + PARTS + "/attachment?" + message(folder, uid) + "&part=" + encode(partPath);
    }

    static String message(String folder, long uid) {
        return "folder=" + encode(folder) + "&uid=" + uid;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The special folders in the page's language; the leader's own folders as they named them. */
    static String folderName(String fullName) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle text = faces.getApplication().getResourceBundle(faces, "t");
        String key = "mail.folder." + fullName;
        return text.containsKey(key) ? text.getString(key) : fullName;
    }
}
