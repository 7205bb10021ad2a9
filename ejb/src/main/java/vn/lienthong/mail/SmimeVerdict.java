package vn.lienthong.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * What a reader should know about a message's S/MIME signature (chữ ký số trên thư). Whether the content is intact and
 * whether the signer's certificate leads to a trusted root are separate answers: a valid signature from an unknown
 * certificate authority is not the same as a tampered message.
 *
 * @param signature     signed at all, and if so whether the content still matches the signature
 * @param trust         whether the signer's certificate chains to one of the configured trust anchors
 * @param signer        who signed, or {@code null} when not signed or the certificate is missing
 * @param signedAt      the signing time the signer claims, or {@code null}
 * @param matchesSender whether the certificate names the address in the message's From
 * @param problem       why the signature or trust failed, in English for the log; {@code null} when all is well
 */
public record SmimeVerdict(Signature signature, Trust trust, SignerIdentity signer, Instant signedAt,
                           boolean matchesSender, String problem) {

    public enum Signature { NOT_SIGNED, VALID, INVALID }

    public enum Trust { TRUSTED, UNTRUSTED, NOT_CHECKED }

    public static final SmimeVerdict NOT_SIGNED =
            new SmimeVerdict(Signature.NOT_SIGNED, Trust.NOT_CHECKED, null, null, false, null);

    public SmimeVerdict {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(trust, "trust");
    }

    public boolean isSigned() {
        return signature != Signature.NOT_SIGNED;
    }

    /** The green tick: content intact and signer trusted. */
    public boolean isValidAndTrusted() {
        return signature == Signature.VALID && trust == Trust.TRUSTED;
    }
}
