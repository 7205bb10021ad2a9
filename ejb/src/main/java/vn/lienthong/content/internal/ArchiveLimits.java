package vn.lienthong.content.internal;

import vn.lienthong.content.ContentPolicy;
import vn.lienthong.content.RefusedContentException;
import vn.lienthong.content.RefusedContentException.SafetyLimit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** What one file and everything inside it may still cost: entries and uncompressed bytes, over all levels. */
final class ArchiveLimits {

    private final ContentPolicy policy;
    private final String fileName;
    private int entries;
    private long bytes;

    ArchiveLimits(ContentPolicy policy, String fileName) {
        this.policy = policy;
        this.fileName = fileName;
    }

    void checkDepth(int depth) {
        if (depth > policy.maxArchiveDepth()) {
            throw overLimit(SafetyLimit.ARCHIVE_DEPTH, policy.maxArchiveDepth());
        }
    }

    void countEntry() {
        if (++entries > policy.maxArchiveEntries()) {
            throw overLimit(SafetyLimit.ARCHIVE_ENTRIES, policy.maxArchiveEntries());
        }
    }

    /** The entry's bytes, counted as they are inflated, so that a bomb stops at the limit and not at the end. */
    InputStream metered(InputStream entry) {
        return new FilterInputStream(entry) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            @Override
            public void close() {
                // the archive stream owns the entry
            }
        };
    }

    private void add(long n) {
        bytes += n;
        if (bytes > policy.maxUncompressedBytes()) {
            throw overLimit(SafetyLimit.UNCOMPRESSED_SIZE, policy.maxUncompressedBytes());
        }
    }

    RefusedContentException overLimit(SafetyLimit limit, long value) {
        return RefusedContentException.overLimit(limit, value, fileName);
    }
}
