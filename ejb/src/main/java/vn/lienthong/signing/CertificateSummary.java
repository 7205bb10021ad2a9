package vn.lienthong.signing;

import vn.lienthong.signing.internal.Certificates;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What a person needs to know about one certificate of a chain, without an X.509 library: whose it is, who issued
 * it, when it is valid, and its SHA-256 fingerprint to compare with what the issuer publishes.
 */
public record CertificateSummary(String commonName, String organisation, String subject, String issuer,
                                 String serialNumber, Instant notBefore, Instant notAfter, String sha256)
        implements Serializable {

    public static CertificateSummary of(X509Certificate certificate) {
        try {
            return new CertificateSummary(Certificates.commonName(certificate), Certificates.organisation(certificate),
                    certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                    certificate.getSerialNumber().toString(16), certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(),
                    HexFormat.ofDelimiter(":").withUpperCase()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("Unreadable certificate " + certificate.getSubjectX500Principal(), e);
        }
    }
}
