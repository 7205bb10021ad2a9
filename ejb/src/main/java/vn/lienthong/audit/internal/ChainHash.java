package vn.lienthong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over the previous hash and every field of the entry in a fixed, unambiguous layout
 * (each field length-prefixed), so that no two different entries can hash alike by shifting text between fields.
 */
public final class ChainHash {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(String previousHash, long sequence, long id, Instant occurredAt, String actor,
                            String agencyCode, String action, String subject, String outcome, String detail) {
        MessageDigest sha256 = sha256();
        for (String field : new String[]{previousHash, Long.toString(sequence), Long.toString(id),
                occurredAt.toString(), actor, agencyCode, action, subject, outcome, detail}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            sha256.update(Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) ':');
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
