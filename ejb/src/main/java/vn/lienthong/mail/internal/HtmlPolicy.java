package vn.lienthong.mail.internal;

import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;
import vn.lienthong.mail.MessageHtml;
import vn.lienthong.mail.SafeHtml;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one sanitiser policy for mail bodies. It is built once (building is the costly part) and the per-reader
 * choices, remote images and the inline-image URL, are applied on the already sanitised event stream.
 */
public final class HtmlPolicy {

    /**
     * What a mail body may style: colours, fonts, alignment, spacing and borders. The schema already refuses
     * {@code url(}, {@code expression(} and escaped tricks; leaving out position, float, display and the like keeps a
     * message from drawing over the page around it.
     */
    private static final CssSchema MAIL_CSS = CssSchema.withProperties(List.of(
            "color", "background-color",
            "font", "font-family", "font-size", "font-style", "font-weight", "font-variant",
            "text-align", "text-decoration", "text-indent", "text-transform", "vertical-align",
            "line-height", "letter-spacing", "word-spacing", "white-space",
            "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
            "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
            "border", "border-top", "border-right", "border-bottom", "border-left",
            "border-color", "border-style", "border-width", "border-collapse", "border-spacing",
            "width", "height", "max-width", "list-style-type"));

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}%?");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,6}|[a-zA-Z]{3,20}");
    private static final Pattern ALIGN = Pattern.compile("(?i)left|right|center|justify|top|middle|bottom|baseline");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "span", "br", "hr", "b", "strong", "i", "em", "u", "s", "strike", "sub", "sup",
                    "small", "big", "font", "center", "blockquote", "pre", "code", "tt",
                    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "img")
            .allowElements((name, attributes) -> {
                // Only absolute web and mail links: a relative one would resolve against LienThong itself.
                if (!startsWithAny(valueOf(attributes, "href"), "http:", "https:", "mailto:")) {
                    remove(attributes, "href");
                }
                if (valueOf(attributes, "href") != null) {
                    put(attributes, "target", "_blank");
                }
                return name;
            }, "a")
            .allowElements((name, attributes) -> {
                if (!startsWithAny(valueOf(attributes, "src"), "http:", "https:", "cid:")) {
                    remove(attributes, "src");
                }
                return name;
            }, "img")
            .allowUrlProtocols("http", "https", "mailto", "cid")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src").onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("title", "dir", "lang").globally()
            .allowAttributes("align", "valign").matching(ALIGN)
                .onElements("p", "div", "table", "tr", "th", "td", "img", "h1", "h2", "h3", "h4", "h5", "h6", "col")
            .allowAttributes("width", "height").matching(NUMBER).onElements("table", "th", "td", "img", "col")
            .allowAttributes("border", "cellpadding", "cellspacing").matching(NUMBER).onElements("table")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("th", "td")
            .allowAttributes("bgcolor").matching(COLOUR).onElements("table", "tr", "th", "td")
            .allowAttributes("color").matching(COLOUR).onElements("font")
            .allowAttributes("face").matching(Pattern.compile("[\\p{L}\\p{N} ,'-]{1,100}")).onElements("font")
            .allowAttributes("size").matching(Pattern.compile("[+-]?[1-7]")).onElements("font")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowStyling(MAIL_CSS)
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    private HtmlPolicy() {
    }

    public static SafeHtml sanitise(String html, boolean showRemoteImages, String inlineImageUrl) {
        StringBuilder out = new StringBuilder(html.length());
        // Markup the renderer finds malformed has already been dropped by the policy: nothing to report.
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, ignored -> { });
        ImageRewriter images = new ImageRewriter(renderer, showRemoteImages, inlineImageUrl);
        HtmlSanitizer.sanitize(html, POLICY.apply(images));
        return new SafeHtml(out.toString(), images.blocked);
    }

    /** Applies the reader's image choices to img elements that the policy has already let through. */
    private static final class ImageRewriter implements HtmlStreamEventReceiver {
        private final HtmlStreamEventReceiver next;
        private final boolean showRemote;
        private final String inlineImageUrl;
        int blocked;

        ImageRewriter(HtmlStreamEventReceiver next, boolean showRemote, String inlineImageUrl) {
            this.next = next;
            this.showRemote = showRemote;
            this.inlineImageUrl = inlineImageUrl;
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            if ("img".equals(elementName)) {
                rewrite(attributes);
            }
            next.openTag(elementName, attributes);
        }

        private void rewrite(List<String> attributes) {
            String src = valueOf(attributes, "src");
            if (src == null) {
                return;
            }
            if (startsWith(src, "cid:")) {
                if (inlineImageUrl == null) {
                    remove(attributes, "src");
                } else {
                    put(attributes, "src", inlineImageUrl.replace(MessageHtml.CID_PLACEHOLDER, encode(src.substring(4))));
                }
            } else if (!showRemote) {
                remove(attributes, "src");
                blocked++;
            }
        }

        private static String encode(String cidUrlPart) {
            // RFC 2392: the cid URL carries the Content-ID URL-encoded; hand the caller the decoded id, encoded once.
            String contentId = URLDecoder.decode(cidUrlPart.replace("+", "%2B"), StandardCharsets.UTF_8);
            return URLEncoder.encode(contentId, StandardCharsets.UTF_8);
        }

        @Override
        public void openDocument() {
            next.openDocument();
        }

        @Override
        public void closeDocument() {
            next.closeDocument();
        }

        @Override
        public void closeTag(String elementName) {
            next.closeTag(elementName);
        }

        @Override
        public void text(String text) {
            next.text(text);
        }
    }

    private static boolean startsWith(String value, String prefix) {
        return value != null && value.trim().toLowerCase(Locale.ROOT).startsWith(prefix);
    }

    private static boolean startsWithAny(String value, String... prefixes) {
        for (String prefix : prefixes) {
            if (startsWith(value, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String valueOf(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }

    private static void remove(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                attributes.remove(i);
                attributes.remove(i);
                return;
            }
        }
    }

    private static void put(List<String> attributes, String name, String value) {
        remove(attributes, name);
        attributes.add(name);
        attributes.add(value);
    }
}
