package vn.lienthong.content;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Every limit of content inspection in one place, so that the server's configuration can set them.
 *
 * @param allowed                 the kinds accepted; anything else is refused as NOT_ALLOWED
 * @param maxCharacters           extracted characters kept; more makes the result TRUNCATED
 * @param timeout                 wall-clock time one parse may take before it is abandoned (TIMED_OUT)
 * @param maxArchiveDepth         archives inside archives, counting the outer one
 * @param maxArchiveEntries       entries in one archive, all levels together
 * @param maxUncompressedBytes    bytes an archive may expand to, all levels together
 * @param maxCompressionRatio     Tika's SecureContentHandler: output characters per input byte beyond the threshold
 * @param compressionThreshold    Tika's SecureContentHandler: output characters before the ratio applies
 * @param maxXmlDepth             element nesting in XML parts of Office and ODF files, and in Tika's output
 */
public record ContentPolicy(Set<FileKind> allowed, int maxCharacters, Duration timeout, int maxArchiveDepth,
                            int maxArchiveEntries, long maxUncompressedBytes, long maxCompressionRatio,
                            long compressionThreshold, int maxXmlDepth) {

    public ContentPolicy {
        allowed = Set.copyOf(Objects.requireNonNull(allowed, "allowed"));
        Objects.requireNonNull(timeout, "timeout");
        if (maxCharacters < 1 || timeout.isNegative() || timeout.isZero() || maxArchiveDepth < 1 || maxArchiveEntries < 1
                || maxUncompressedBytes < 1 || maxCompressionRatio < 1 || compressionThreshold < 0 || maxXmlDepth < 1) {
            throw new IllegalArgumentException("content policy limits must be positive");
        }
    }

    /** Every kind of the list; 1,000,000 characters; 30 s; 3 archive levels; 1,000 entries; 200 MB; Tika's ratios; XML depth 200. */
    public static ContentPolicy defaults() {
        return new ContentPolicy(EnumSet.allOf(FileKind.class), 1_000_000, Duration.ofSeconds(30), 3, 1_000,
                200L * 1024 * 1024, 100, 1_000_000, 200);
    }

    public ContentPolicy withAllowed(Set<FileKind> kinds) {
        return new ContentPolicy(kinds, maxCharacters, timeout, maxArchiveDepth, maxArchiveEntries, maxUncompressedBytes,
                maxCompressionRatio, compressionThreshold, maxXmlDepth);
    }

    public ContentPolicy withMaxCharacters(int characters) {
        return new ContentPolicy(allowed, characters, timeout, maxArchiveDepth, maxArchiveEntries, maxUncompressedBytes,
                maxCompressionRatio, compressionThreshold, maxXmlDepth);
    }

    public ContentPolicy withTimeout(Duration limit) {
        return new ContentPolicy(allowed, maxCharacters, limit, maxArchiveDepth, maxArchiveEntries, maxUncompressedBytes,
                maxCompressionRatio, compressionThreshold, maxXmlDepth);
    }

    public ContentPolicy withArchiveLimits(int depth, int entries, long uncompressedBytes) {
        return new ContentPolicy(allowed, maxCharacters, timeout, depth, entries, uncompressedBytes,
                maxCompressionRatio, compressionThreshold, maxXmlDepth);
    }

    public ContentPolicy withCompression(long ratio, long threshold) {
        return new ContentPolicy(allowed, maxCharacters, timeout, maxArchiveDepth, maxArchiveEntries, maxUncompressedBytes,
                ratio, threshold, maxXmlDepth);
    }

    public ContentPolicy withMaxXmlDepth(int depth) {
        return new ContentPolicy(allowed, maxCharacters, timeout, maxArchiveDepth, maxArchiveEntries, maxUncompressedBytes,
                maxCompressionRatio, compressionThreshold, depth);
    }
}
