package vn.lienthong.content;

/** Why a file is refused. Each reason has its message key under {@code content.refused.}. */
public enum Refusal {
    EXECUTABLE, SCRIPT, MACRO, ENCRYPTED, EXTENSION_MISMATCH, NOT_ALLOWED, TOO_LARGE, MALFORMED;

    public String messageKey() {
        return switch (this) {
            case EXECUTABLE -> "content.refused.executable";
            case SCRIPT -> "content.refused.script";
            case MACRO -> "content.refused.macro";
            case ENCRYPTED -> "content.refused.encrypted";
            case EXTENSION_MISMATCH -> "content.refused.extensionMismatch";
            case NOT_ALLOWED -> "content.refused.notAllowed";
            case TOO_LARGE -> "content.refused.tooLarge";
            case MALFORMED -> "content.refused.malformed";
        };
    }
}
