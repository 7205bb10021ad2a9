package vn.lienthong.content;

import vn.lienthong.platform.InvalidInputException;

/**
 * A file that LienThong will not store, send or parse. Message arguments: {0} the detected media type (or what was
 * exceeded), {1} the file name.
 */
public class RefusedContentException extends InvalidInputException {

    private final Refusal reason;
    private final String detectedType;

    /** A safety limit of the content policy; its message names the limit in the reader's language. */
    public enum SafetyLimit {
        ARCHIVE_DEPTH("archiveDepth", "archive depth"), ARCHIVE_ENTRIES("archiveEntries", "archive entries"),
        UNCOMPRESSED_SIZE("uncompressedSize", "uncompressed bytes"), XML_DEPTH("xmlDepth", "XML depth");

        private final String key;
        private final String logged;

        SafetyLimit(String key, String logged) {
            this.key = key;
            this.logged = logged;
        }
    }

    public RefusedContentException(Refusal reason, String detectedType, String fileName) {
        this(reason.messageKey(), reason, detectedType, detectedType, fileName);
    }

    private RefusedContentException(String messageKey, Refusal reason, String detectedType, Object shown,
                                    String fileName) {
        super(messageKey, shown, fileName == null ? "" : fileName);
        this.reason = reason;
        this.detectedType = detectedType;
    }

    /**
     * A file over one of the policy's limits. The message shows the limit ({0}: levels, entries, or MB for the
     * uncompressed size) in the reader's words; {@link #detectedType()} keeps the technical form for the audit trail.
     */
    public static RefusedContentException overLimit(SafetyLimit limit, long value, String fileName) {
        Object shown = limit == SafetyLimit.UNCOMPRESSED_SIZE ? Math.max(1, value / (1024 * 1024)) : value;
        return new RefusedContentException("content.refused.tooLarge." + limit.key, Refusal.TOO_LARGE,
                limit.logged + " > " + value, shown, fileName);
    }

    public Refusal reason() {
        return reason;
    }

    /** The media type found in the bytes, or for {@link Refusal#TOO_LARGE} the limit that was hit. */
    public String detectedType() {
        return detectedType;
    }
}
