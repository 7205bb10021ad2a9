package vn.lienthong.content;

import vn.lienthong.exchange.Secrecy;

import java.util.Objects;

/**
 * A secrecy stamp found in a document's text.
 *
 * @param level   the grade the stamp gives
 * @param matched the stamp as written, frame characters removed (e.g. {@code "M Ậ T"})
 * @param line    its line, from 1
 * @param offset  the character offset of {@code matched} in the text
 */
public record SecrecyStamp(Secrecy level, String matched, int line, int offset) {

    public SecrecyStamp {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(matched, "matched");
        if (!level.isClassified() || line < 1 || offset < 0) {
            throw new IllegalArgumentException("a stamp is a classified grade at a real position");
        }
    }
}
