package vn.lienthong.mail;

import vn.lienthong.mail.internal.HtmlPolicy;

import java.util.Objects;

/**
 * Turns an email's HTML body into markup safe to embed in the reader's page, with the OWASP Java HTML Sanitizer.
 * Links open in a new tab without the opener; remote images stay blocked until the reader asks; inline
 * {@code cid:} images point to the caller's URL for that part.
 */
public final class MessageHtml {

    /** Where the caller's URL pattern takes the (URL-encoded) Content-ID of an inline image. */
    public static final String CID_PLACEHOLDER = "{cid}";

    private MessageHtml() {
    }

    /**
     * @param html           the body as the sender wrote it; {@code null} gives an empty result
     * @param remoteImages   {@link RemoteImages#BLOCK} unless the reader asked to show images
     * @param inlineImageUrl a URL containing {@value #CID_PLACEHOLDER}, for example
     *                       {@code /lienthong/mail/part?folder=INBOX&uid=42&cid={cid}}; {@code null} drops inline images
     */
    public static SafeHtml sanitise(String html, RemoteImages remoteImages, String inlineImageUrl) {
        Objects.requireNonNull(remoteImages, "remoteImages");
        if (inlineImageUrl != null && !inlineImageUrl.contains(CID_PLACEHOLDER)) {
            throw new IllegalArgumentException("inlineImageUrl must contain " + CID_PLACEHOLDER);
        }
        return HtmlPolicy.sanitise(html == null ? "" : html, remoteImages == RemoteImages.SHOW, inlineImageUrl);
    }
}
