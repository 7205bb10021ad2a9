package vn.lienthong.content;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of extracting a file's text. Never an exception: hostile or broken files end here with an outcome.
 *
 * @param outcome what happened
 * @param type    the true type, when the file got as far as being typed
 * @param text    the extracted text (possibly partial when TRUNCATED); empty otherwise
 * @param refusal why the file was refused, when outcome is REFUSED
 * @param detail  a short English note for the log (never document text)
 */
public record Extraction(Outcome outcome, Optional<TrueType> type, String text, Optional<Refusal> refusal, String detail) {

    public Extraction {
        Objects.requireNonNull(outcome, "outcome");
        type = Objects.requireNonNullElse(type, Optional.empty());
        text = Objects.requireNonNullElse(text, "");
        refusal = Objects.requireNonNullElse(refusal, Optional.empty());
        detail = Objects.requireNonNullElse(detail, "");
    }

    public boolean hasText() {
        return outcome == Outcome.OK || outcome == Outcome.TRUNCATED;
    }

    static Extraction refused(RefusedContentException e) {
        Outcome outcome = e.reason() == Refusal.MALFORMED ? Outcome.MALFORMED : Outcome.REFUSED;
        return new Extraction(outcome, Optional.empty(), "", Optional.of(e.reason()), e.reason() + ": " + e.detectedType());
    }
}
