package vn.lienthong.exchange.edxml;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file carried in the package. The declared content type is kept as the sender wrote it, and is not to be
 * trusted: a real package declares a {@code .doc} as {@code application/zip}. Detection is the content module's.
 */
public record EdxmlAttachment(String contentId, String name, String declaredContentType, String description,
                              byte[] content) {

    public EdxmlAttachment {
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(name, "name");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    // Records compare arrays by identity; an attachment is its bytes.
    @Override
    public boolean equals(Object o) {
        return o instanceof EdxmlAttachment a && contentId.equals(a.contentId) && name.equals(a.name)
                && Objects.equals(declaredContentType, a.declaredContentType)
                && Objects.equals(description, a.description) && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentId, name, declaredContentType, description, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "EdxmlAttachment[" + contentId + ", " + name + ", " + declaredContentType + ", " + content.length
                + " bytes]";
    }
}
