package vn.lienthong.mail;

import vn.lienthong.platform.Messages;

import java.time.Instant;
import java.util.Locale;
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
 * @param reason        why the signature or trust failed, for machines; {@code null} when all is well
 * @param detail        the cryptographic library's own words about the failure, or {@code null}
 * @param problem       {@code reason} said for people: in English as the verifier gives it (for the log), in the
 *                      reader's language once {@link #inLanguage} has been applied; {@code null} when all is well
 */
public record SmimeVerdict(Signature signature, Trust trust, SignerIdentity signer, Instant signedAt,
                           boolean matchesSender, Problem reason, String detail, String problem) {

    public enum Signature { NOT_SIGNED, VALID, INVALID }

    public enum Trust { TRUSTED, UNTRUSTED, NOT_CHECKED }

    /** Why a signature is not valid and trusted; each has a message {@code mail.smime.problem.<NAME>}. */
    public enum Problem {
        UNREADABLE, NO_SIGNER, CERTIFICATE_MISSING, SIGNATURE_MISMATCH, CONTENT_CHANGED, VERIFICATION_FAILED,
        NO_TRUST_ANCHORS, NO_TRUSTED_PATH;

        public String describe(Locale locale, String detail) {
            return Messages.format(locale, "mail.smime.problem." + name(), detail == null ? "" : detail);
        }
    }

    public static final SmimeVerdict NOT_SIGNED =
            new SmimeVerdict(Signature.NOT_SIGNED, Trust.NOT_CHECKED, null, null, false, null, null, null);

    public SmimeVerdict {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(trust, "trust");
    }

    /** A verdict whose problem, if any, is said in English. */
    public static SmimeVerdict of(Signature signature, Trust trust, SignerIdentity signer, Instant signedAt,
                                  boolean matchesSender, Problem reason, String detail) {
        return new SmimeVerdict(signature, trust, signer, signedAt, matchesSender, reason, detail,
                reason == null ? null : reason.describe(Locale.ENGLISH, detail));
    }

    /** The same verdict with its problem said in the reader's language (Vietnamese unless English). */
    public SmimeVerdict inLanguage(Locale locale) {
        return reason == null ? this : new SmimeVerdict(signature, trust, signer, signedAt, matchesSender, reason,
                detail, reason.describe(Messages.supported(locale), detail));
    }

    public boolean isSigned() {
        return signature != Signature.NOT_SIGNED;
    }

    /** The green tick: content intact and signer trusted. */
    public boolean isValidAndTrusted() {
        return signature == Signature.VALID && trust == Trust.TRUSTED;
    }
}
