package vn.lienthong.mail;

/**
 * The signer as their certificate names them.
 *
 * @param name         the subject's common name (CN)
 * @param email        the e-mail address in the subject alternative names or the subject, or {@code null}
 * @param organisation the subject's organisation (O), or {@code null}
 * @param issuer       the issuing certificate authority's distinguished name
 */
public record SignerIdentity(String name, String email, String organisation, String issuer) {
}
