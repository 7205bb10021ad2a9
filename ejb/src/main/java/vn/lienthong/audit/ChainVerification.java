package vn.lienthong.audit;

import java.time.Instant;

/**
 * The outcome of walking the audit chain. {@code firstBroken} is the chain sequence where a changed, removed or
 * inserted entry was found, or null when the chain is whole; {@code pending} counts entries not yet chained.
 */
public record ChainVerification(boolean intact, long checked, Long firstBroken, String reason, long pending,
                                Instant verifiedAt) {
}
