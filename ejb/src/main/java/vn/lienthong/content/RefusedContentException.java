package vn.lienthong.content;

import vn.lienthong.platform.InvalidInputException;

/**
 * A file that LienThong will not store, send or parse. Message arguments: {0} the detected media type (or what was
 * exceeded), {1} the file name.
 */
public class RefusedContentException extends InvalidInputException {

    private final Refusal reason;
    private final String detectedType;

    public RefusedContentException(Refusal reason, String detectedType, String fileName) {
        super(reason.messageKey(), detectedType, fileName == null ? "" : fileName);
        this.reason = reason;
        this.detectedType = detectedType;
    }

    public Refusal reason() {
        return reason;
    }

    /** The media type found in the bytes, or for {@link Refusal#TOO_LARGE} the limit that was hit. */
    public String detectedType() {
        return detectedType;
    }
}
