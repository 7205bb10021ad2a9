package vn.lienthong.mail;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageHtmlTest {

    private static final String PART_URL = "/lienthong/mail/part?uid=1&cid={cid}";
    private static final Set<String> ALLOWED_TAGS = Set.of("p", "div", "span", "br", "hr", "b", "strong", "i", "em",
            "u", "s", "strike", "sub", "sup", "small", "big", "font", "center", "blockquote", "pre", "code", "tt",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot",
            "tr", "th", "td", "caption", "colgroup", "col", "a", "img");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "src", "alt", "title", "dir", "lang", "align",
            "valign", "width", "height", "border", "cellpadding", "cellspacing", "colspan", "rowspan", "bgcolor",
            "color", "face", "size", "start", "style", "target", "rel");
    private static final Pattern TAG = Pattern.compile("<(/?)([^\\s/>]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([^\\s=/]+)(?:=\"([^\"]*)\")?");
    private static final Pattern SAFE_URL = Pattern.compile("(https?:|mailto:|/lienthong/mail/part\\?).*", Pattern.DOTALL);
    private static final Pattern BAD_CSS = Pattern.compile("expression|url\\s*\\(|behavior|binding|position|import|\\\\|/\\*",
            Pattern.CASE_INSENSITIVE);

    @TestFactory
    Stream<DynamicTest> nothingExecutableSurvivesTheHostileCorpus() throws IOException, URISyntaxException {
        Path corpus = Path.of(getClass().getResource("/mail/hostile-html").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(files.size() >= 30, "the corpus is all there");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String hostile = Files.readString(file, StandardCharsets.UTF_8);
            for (RemoteImages remote : RemoteImages.values()) {
                assertInert(file.getFileName().toString(), MessageHtml.sanitise(hostile, remote, PART_URL).html());
            }
        }));
    }

    /**
     * Checks the markup's structure, not its text: text may well say "javascript:" once its angle brackets are
     * escaped. Every tag and attribute must be on the allow-list, every URL web, mail or the part URL, every style inert.
     */
    private static void assertInert(String name, String safe) {
        Matcher tag = TAG.matcher(safe);
        while (tag.find()) {
            String element = tag.group(2).toLowerCase(Locale.ROOT);
            assertTrue(ALLOWED_TAGS.contains(element), () -> name + " kept <" + element + ">: " + safe);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String attr = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) == null ? "" : decodeEntities(attribute.group(2));
                assertTrue(ALLOWED_ATTRIBUTES.contains(attr), () -> name + " kept " + attr + ": " + safe);
                if (attr.equals("href") || attr.equals("src")) {
                    assertTrue(SAFE_URL.matcher(value).matches(), () -> name + " kept URL " + value + ": " + safe);
                }
                if (attr.equals("style")) {
                    assertFalse(BAD_CSS.matcher(value).find(), () -> name + " kept style " + value + ": " + safe);
                }
            }
        }
        assertFalse(safe.contains("evil.example") || safe.contains("tracker.example") && safe.contains("src=\"http"),
                () -> name + " still loads from elsewhere: " + safe);
    }

    @Test
    void ordinaryVietnameseHtmlStaysReadable() throws IOException {
        SafeHtml safe = MessageHtml.sanitise(resource("/mail/vietnamese-newsletter.html"), RemoteImages.BLOCK,
                "/lienthong/mail/part?uid=7&cid={cid}");
        String html = safe.html();
        for (String kept : List.of("<h2", "THÔNG BÁO", "<b>Giám đốc Sở Tài chính</b>", "<i>báo cáo</i>", "<u>thực hiện</u>",
                "<ul>", "<li>Thời hạn: trước ngày 15/10</li>", "<ol start=\"3\">", "<table", "<th>STT</th>",
                "Chi thường xuyên", "color:#b71c1c", "text-align:center", "border-collapse:collapse",
                "font-family:", "bgcolor=\"#ffffcc\"")) {
            assertTrue(html.contains(kept), () -> "lost " + kept + " in " + html);
        }
        assertFalse(html.contains("color:red"), "the page-wide style element is dropped");
    }

    @Test
    void linksOpenInANewTabWithoutOpenerOrReferrer() {
        String html = MessageHtml.sanitise("<a href=\"https://tphcm.gov.vn/van-ban?id=1&x=2\">Cổng</a>"
                + "<a href=\"mailto:vanthu@tphcm.gov.vn\">thư</a><a href=\"cid:part1\">cid</a>", RemoteImages.BLOCK, null).html();
        assertTrue(html.contains("href=\"https://tphcm.gov.vn/van-ban?id&#61;1&amp;x&#61;2\""), html);
        assertTrue(html.contains("href=\"mailto:vanthu&#64;tphcm.gov.vn\""), html);
        assertEquals(2, count(html, "target=\"_blank\""), html);
        Matcher rel = Pattern.compile("rel=\"([^\"]*)\"").matcher(html);
        for (int links = 0; links < 2; links++) {
            assertTrue(rel.find(), html);
            assertEquals(Set.of("noopener", "noreferrer", "nofollow"), Set.of(rel.group(1).split(" ")));
        }
        assertFalse(html.contains("cid:"), "a cid: link is not a link");
    }

    @Test
    void relativeLinksWouldPointIntoLienThongAndAreDropped() {
        String html = MessageHtml.sanitise("<a href=\"/lienthong/admin/delete?id=1\">x</a><a href=\"//evil.example/\">y</a>",
                RemoteImages.SHOW, null).html();
        assertFalse(html.contains("href"), html);
    }

    @Test
    void remoteImagesAreBlockedAndCountedUntilTheReaderAsks() {
        String body = "<img src=\"https://tracker.example/a.gif\"><img src=\"http://tracker.example/b.gif\"><img src=\"cid:logo\">"
                + "<img src=\"//tracker.example/c.gif\"><img src=\"/lienthong/logout\">";

        SafeHtml blocked = MessageHtml.sanitise(body, RemoteImages.BLOCK, null);
        assertEquals(2, blocked.blockedRemoteImages());
        assertTrue(blocked.hasBlockedImages());
        assertFalse(blocked.html().contains("tracker.example"), blocked.html());

        SafeHtml shown = MessageHtml.sanitise(body, RemoteImages.SHOW, null);
        assertEquals(0, shown.blockedRemoteImages());
        assertTrue(shown.html().contains("src=\"https://tracker.example/a.gif\""), shown.html());
    }

    @Test
    void inlineImagesPointToTheCallersPartUrl() {
        SafeHtml safe = MessageHtml.sanitise("<img src=\"cid:logo%40ubnd.vn\" alt=\"Logo\">", RemoteImages.BLOCK,
                "/lienthong/mail/part?folder=INBOX&uid=42&cid={cid}");
        assertTrue(safe.html().contains("src=\"/lienthong/mail/part?folder&#61;INBOX&amp;uid&#61;42&amp;cid&#61;logo%40ubnd.vn\""),
                safe.html());
        assertFalse(safe.hasBlockedImages());
    }

    @Test
    void aPlainTextOrEmptyBodyIsHarmless() {
        assertEquals("", MessageHtml.sanitise(null, RemoteImages.BLOCK, null).html());
        assertEquals("Xin chào &lt;b&gt;", MessageHtml.sanitise("Xin chào &lt;b&gt;", RemoteImages.BLOCK, null).html());
    }

    private static int count(String haystack, String needle) {
        return haystack.split(Pattern.quote(needle), -1).length - 1;
    }

    private static String decodeEntities(String html) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
