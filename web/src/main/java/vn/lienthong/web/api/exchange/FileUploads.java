package vn.lienthong.web.api.exchange;

import jakarta.ws.rs.core.EntityPart;
import vn.lienthong.exchange.FileTooLargeException;
import vn.lienthong.platform.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Request bodies that carry a file, read without trusting them: a declared length over the limit is refused before
 * a byte is read, and a body without one is read only up to the limit.
 */
final class FileUploads {

    private FileUploads() {
    }

    /** @throws FileTooLargeException when the declared length is over {@code limit} */
    static void checkDeclaredLength(String contentLength, long limit) {
        if (contentLength != null && !contentLength.isBlank()) {
            try {
                if (Long.parseLong(contentLength.strip()) > limit) {
                    throw new FileTooLargeException(limit);
                }
            } catch (NumberFormatException e) {
                throw new InvalidInputException("request.contentLength.invalid", contentLength);
            }
        }
    }

    /** Reads at most {@code limit} bytes; one more means the body is over the limit. */
    static byte[] readBounded(InputStream in, long limit) {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new FileTooLargeException(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A file name sent in a header: UTF-8, percent-encoded when it is not ASCII. Many clients (curl -H, scripts) send
     * the UTF-8 bytes raw; the server reads header bytes as ISO-8859-1, so "báo cáo.pdf" arrived as "bÃ¡o cÃ¡o.pdf" and
     * was stored so. Such a name is read back as the UTF-8 it was.
     */
    static String headerFileName(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidInputException("file.name.required");
        }
        String name;
        try {
            name = URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            name = header;
        }
        return rawUtf8(name);
    }

    /** The name again as UTF-8 when its characters are the bytes of valid UTF-8 read one byte per character. */
    private static String rawUtf8(String name) {
        if (name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return name; // a real Latin-1 name such as "Résumé.pdf"
        }
    }

    static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
