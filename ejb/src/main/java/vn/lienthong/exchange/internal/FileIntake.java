package vn.lienthong.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.content.Extraction;
import vn.lienthong.content.Outcome;
import vn.lienthong.content.Refusal;
import vn.lienthong.content.RefusedContentException;
import vn.lienthong.content.SecrecyStamp;
import vn.lienthong.content.TrueType;
import vn.lienthong.exchange.DocumentFile;
import vn.lienthong.exchange.FileRole;
import vn.lienthong.exchange.FileTooLargeException;
import vn.lienthong.platform.InvalidInputException;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a file enters a document, uploaded or received: size, name, true type and allow-list, bounded text extraction
 * and the stamp detector, then the payload store. Callers have checked who may add to which document.
 */
@Stateless
@PermitAll
public class FileIntake {

    /** 50 MB unless {@code lienthong.files.maxBytes} says otherwise (config/45-exchange.cli). */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\"*:<>?|]");

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentChecks content;

    @Inject
    PayloadStore payloads;

    @Inject
    Clock clock;

    public static long maxBytes() {
        return Long.getLong("lienthong.files.maxBytes", DEFAULT_MAX_BYTES);
    }

    /**
     * The name as the file system of any reader accepts it: no folders, no control or reserved characters, at most
     * 255 characters with the extension kept.
     */
    public static String safeName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = UNSAFE.matcher(name.substring(name.lastIndexOf('/') + 1)).replaceAll("_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            throw new InvalidInputException("file.name.required");
        }
        if (name.length() > DocumentFile.MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, DocumentFile.MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    /** Bytes that passed every check and are in the payload store, with what inspection found in them. */
    public record Checked(String name, String sha256, long size, TrueType type, Extraction extraction,
                          Optional<SecrecyStamp> stamp) {
    }

    /** An uploaded file: refused with the reason when empty, too large or not an acceptable document. */
    public DocumentFile accept(long documentId, FileRole role, String fileName, byte[] bytes, String by) {
        Checked checked = check(fileName, bytes);
        DocumentFile file = new DocumentFile(documentId, role, checked.name(), checked.sha256(), checked.size(),
                checked.type(), checked.extraction(), checked.stamp(), by, clock.instant());
        em.persist(file);
        return file;
    }

    /** Checks, types and reads {@code bytes}, then stores them. */
    public Checked check(String fileName, byte[] bytes) {
        String name = checked(fileName, bytes);
        TrueType type = content.typeOf(name, bytes);
        Extraction extraction = content.extract(name, bytes, type);
        if (extraction.outcome() == Outcome.MALFORMED) {
            // A file whose text cannot be read would pass the stamp detector unseen, and cannot be signed on issue.
            throw new RefusedContentException(Refusal.MALFORMED, type.mediaType(), name);
        }
        return new Checked(name, payloads.put(bytes), bytes.length, type, extraction, content.stampIn(extraction));
    }

    /** A detached CMS signature: DER, named {@code .p7s}; its cryptography is the signing module's to check. */
    public DocumentFile signature(long documentId, String fileName, byte[] bytes, String by) {
        String name = checked(fileName, bytes);
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".p7s") || (bytes[0] & 0xFF) != 0x30) {
            throw new InvalidInputException("file.signature.invalid", name);
        }
        DocumentFile file = DocumentFile.signature(documentId, name, payloads.put(bytes), bytes.length, by, clock.instant());
        em.persist(file);
        return file;
    }

    /**
     * A file that arrived in a package: a refused one is kept as a name, size and hash with the reason, never as
     * bytes, so that the document still arrives and the clerk sees what was kept out.
     */
    public DocumentFile receive(long documentId, FileRole role, String fileName, byte[] bytes, String by) {
        String name = checked(fileName, bytes);
        DocumentFile file;
        try {
            file = accept(documentId, role, name, bytes, by);
        } catch (RefusedContentException e) {
            file = DocumentFile.refused(documentId, role, name, PayloadStore.sha256(bytes), bytes.length, e.reason(),
                    e.detectedType(), by, clock.instant());
            em.persist(file);
        }
        return file;
    }

    private static String checked(String fileName, byte[] bytes) {
        String name = safeName(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file.empty", name);
        }
        if (bytes.length > maxBytes()) {
            throw new FileTooLargeException(maxBytes());
        }
        return name;
    }
}
