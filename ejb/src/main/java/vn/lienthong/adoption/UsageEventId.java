package vn.lienthong.adoption;

import vn.lienthong.platform.InvalidInputException;

import java.io.Serializable;
import java.util.HexFormat;

/**
 * The stable identity of a usage event: 128 bits of SHA-256 over what distinguishes it (host, kind, second, mailbox
 * and the session, queue or delivery id). The same log line imported twice, from a copy, a rotated file or an
 * overlapping one, always gets the same id, so a unique key on {@link #hex()} keeps the store free of double counts.
 */
public record UsageEventId(long high, long low) implements Serializable {

    private static final HexFormat HEX = HexFormat.of();

    /** 32 lower-case hex digits, the form to store in a {@code CHAR(32)} unique column. */
    public String hex() {
        return HEX.toHexDigits(high) + HEX.toHexDigits(low);
    }

    public static UsageEventId parse(String hex) {
        if (hex == null || hex.length() != 32 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
            throw new InvalidInputException("adoption.eventId.invalid", hex);
        }
        return new UsageEventId(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
    }

    @Override
    public String toString() {
        return hex();
    }
}
