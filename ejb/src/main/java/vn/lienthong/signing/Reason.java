package vn.lienthong.signing;

/** Why a {@link Verdict} was reached. Each has a message {@code signature.reason.<NAME>} in the bundle. */
public enum Reason {
    OK,
    /** The signed content was changed after signing. */
    TAMPERED,
    /** The signature belongs to a different file than the one it was checked against. */
    WRONG_CONTENT,
    /** No path from the signer's certificate to a root in the trust store. */
    UNTRUSTED,
    /** A certificate on the path was outside its validity at signing time. */
    EXPIRED,
    /** A certificate on the path is on its issuer's CRL. */
    REVOKED,
    /** The signature cannot be read: not CMS, truncated, or a broken PDF signature dictionary. */
    MALFORMED,
    /** The file carries no signature at all. */
    NO_SIGNATURE,
    /** A PDF signature is intact, but bytes were added after the signed range: the file changed after signing. */
    NOT_WHOLE_DOCUMENT;

    public String messageKey() {
        return "signature.reason." + name();
    }
}
