package vn.lienthong.web.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * RFC 6266 {@code Content-Disposition} for a file sent to a browser: an ASCII fallback name for old clients and the
 * exact Vietnamese name in UTF-8. Names reach here already made safe (no path, no control characters) by the
 * business layer; quotes and anything else outside the fallback's alphabet become {@code _} in the fallback.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /** A file to save, never shown inline. */
    public static String attachment(String fileName) {
        return of("attachment", fileName);
    }

    /** A part shown in the page (an inline image of a message). */
    public static String inline(String fileName) {
        return of("inline", fileName);
    }

    private static String of(String type, String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
