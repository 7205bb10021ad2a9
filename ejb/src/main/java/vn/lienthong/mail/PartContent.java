package vn.lienthong.mail;

import java.util.Objects;

/**
 * The bytes of one part, downloaded (an attachment, an inline image) or to be sent (an attachment in a draft).
 *
 * @param fileName    a safe file name
 * @param contentType the base type, without parameters
 */
public record PartContent(String fileName, String contentType, byte[] bytes) {

    public PartContent {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
