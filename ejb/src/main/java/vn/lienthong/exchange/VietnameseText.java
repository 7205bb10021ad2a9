package vn.lienthong.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as a Vietnamese clerk searches it: without diacritics, case or extra blanks. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /**
     * {@code "Cải  cách hành chính"} → {@code "cai cach hanh chinh"}. Đ/đ is a letter of its own, not a d with a
     * mark, so decomposition leaves it alone and it is mapped by hand. {@code null} folds to the empty string.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'd')
                .toLowerCase(Locale.ROOT);
        return BLANKS.matcher(bare).replaceAll(" ").strip();
    }

    /** Whether {@code query}, folded, occurs in {@code text}, folded: what subject search asks. */
    public static boolean containsFolded(String text, String query) {
        return fold(text).contains(fold(query));
    }
}
