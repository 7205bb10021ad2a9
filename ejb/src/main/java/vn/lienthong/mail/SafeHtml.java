package vn.lienthong.mail;

/**
 * An email's HTML body after sanitising: safe to embed in the reader's page as is.
 *
 * @param html                 the sanitised markup, with no script, event handler or dangerous URL left
 * @param blockedRemoteImages  how many remote images lost their {@code src}; above zero the page can offer "show images"
 */
public record SafeHtml(String html, int blockedRemoteImages) {

    public boolean hasBlockedImages() {
        return blockedRemoteImages > 0;
    }
}
