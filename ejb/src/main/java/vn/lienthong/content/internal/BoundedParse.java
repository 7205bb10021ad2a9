package vn.lienthong.content.internal;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import vn.lienthong.content.ContentPolicy;
import vn.lienthong.content.Extraction;
import vn.lienthong.content.Outcome;
import vn.lienthong.content.Refusal;
import vn.lienthong.content.TrueType;

import java.util.Locale;
import java.util.Optional;

/**
 * One text extraction with Tika's AutoDetectParser inside the policy's limits: a write limit on characters, and
 * SecureContentHandler's compression ratio, XML depth and package depth. Failures become outcomes, not exceptions.
 */
public final class BoundedParse {

    private final AutoDetectParser parser;
    private final int maxCharacters;

    public BoundedParse(ContentPolicy policy) {
        parser = new AutoDetectParser(Tika.config());
        AutoDetectParserConfig limits = new AutoDetectParserConfig();
        limits.setOutputThreshold(policy.compressionThreshold());
        limits.setMaximumCompressionRatio(policy.maxCompressionRatio());
        limits.setMaximumDepth(policy.maxXmlDepth());
        limits.setMaximumPackageEntryDepth(policy.maxArchiveDepth());
        parser.setAutoDetectParserConfig(limits);
        maxCharacters = policy.maxCharacters();
    }

    public Extraction parse(TrueType type, byte[] content) {
        BodyContentHandler handler = new BodyContentHandler(maxCharacters);
        Optional<TrueType> typed = Optional.of(type);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, typedAs(type), new ParseContext());
            return new Extraction(Outcome.OK, typed, handler.toString(), Optional.empty(), "");
        } catch (Exception | StackOverflowError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return new Extraction(Outcome.TRUNCATED, typed, handler.toString(), Optional.empty(),
                        "more than " + maxCharacters + " characters");
            }
            if (causedBy(e, EncryptedDocumentException.class)) {
                return new Extraction(Outcome.REFUSED, typed, "", Optional.of(Refusal.ENCRYPTED), "encrypted document");
            }
            if (mentionsZipBomb(e)) {
                return new Extraction(Outcome.REFUSED, typed, "", Optional.of(Refusal.TOO_LARGE), "suspected zip bomb");
            }
            return new Extraction(Outcome.MALFORMED, typed, "", Optional.empty(), e.getClass().getSimpleName());
        }
    }

    /**
     * The metadata of a parse of bytes the probe has typed: {@link TypeProbe} asked the same detector about the same
     * bytes ({@link Tika#detect}), so the AutoDetectParser's CompositeDetector is told the answer through Tika's own
     * override key instead of detecting again (the magic and container detectors, about 0.7 ms for a 200 KB PDF;
     * decision 043). The parser, its limits and its handler are unchanged. Only this document's metadata carries the
     * type: what it embeds (an archive's entries, a PDF's attachments) gets new metadata and is detected as before.
     */
    private static Metadata typedAs(TrueType type) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.mediaType());
        return metadata;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    // SecureContentHandler reports its limits only through the message of the TikaException it throws.
    private static boolean mentionsZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
