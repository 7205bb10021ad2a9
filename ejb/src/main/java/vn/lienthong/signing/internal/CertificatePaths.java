package vn.lienthong.signing.internal;

import vn.lienthong.signing.Reason;
import vn.lienthong.signing.TrustSettings;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CRLReason;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Path building and validation for a signer's certificate, at the time the signature claims. Bouncy Castle's
 * {@code SignerInformation.verify} checks only the signature value; this is the rest of the job.
 */
public final class CertificatePaths {

    /** Enough for root, a sub-CA or two and the signer; a longer walk means a loop or a hostile bag of certificates. */
    private static final int MAX_DEPTH = 8;

    /** @param chain signer first, trust anchor last, when a path to a trusted root was found */
    public record Result(Reason reason, List<X509Certificate> chain) {
    }

    private CertificatePaths() {
    }

    public static Result validate(X509Certificate signer, Collection<X509Certificate> supplied, TrustSettings trust,
                                  Instant at) {
        List<X509Certificate> candidates = new ArrayList<>(supplied);
        candidates.addAll(trust.intermediates());
        Optional<List<X509Certificate>> built = build(signer, candidates, trust.anchors());
        if (built.isEmpty()) {
            return new Result(Reason.UNTRUSTED, List.of());
        }
        List<X509Certificate> chain = built.get();
        Date when = Date.from(at);
        // Checked one by one first so that an expired certificate is reported as such, not as a broken path.
        for (X509Certificate certificate : chain) {
            if (!validAt(certificate, when)) {
                return new Result(Reason.EXPIRED, chain);
            }
        }
        Reason pkix = pkix(chain, when);
        if (pkix != Reason.OK) {
            return new Result(pkix, chain);
        }
        return new Result(revoked(chain, trust.crls(), when) ? Reason.REVOKED : Reason.OK, chain);
    }

    /** Walks issuer links by name and key from the signer to a trust anchor; signer first, anchor last. */
    private static Optional<List<X509Certificate>> build(X509Certificate signer, List<X509Certificate> candidates,
                                                        Set<TrustAnchor> anchors) {
        List<X509Certificate> chain = new ArrayList<>(List.of(signer));
        X509Certificate current = signer;
        while (chain.size() <= MAX_DEPTH) {
            for (TrustAnchor anchor : anchors) {
                X509Certificate root = anchor.getTrustedCert();
                if (current.equals(root)) {
                    return Optional.of(chain);
                }
                if (issuedBy(current, root)) {
                    chain.add(root);
                    return Optional.of(chain);
                }
            }
            X509Certificate child = current;
            Optional<X509Certificate> issuer = candidates.stream()
                    .filter(c -> !chain.contains(c) && issuedBy(child, c)).findFirst();
            if (issuer.isEmpty()) {
                return Optional.empty();
            }
            current = issuer.get();
            chain.add(current);
        }
        return Optional.empty();
    }

    private static boolean issuedBy(X509Certificate child, X509Certificate issuer) {
        if (!child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        return verifies(child::verify, issuer.getPublicKey());
    }

    private interface Verification {
        void verify(PublicKey key) throws GeneralSecurityException;
    }

    private static boolean verifies(Verification verification, PublicKey key) {
        try {
            verification.verify(key);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean validAt(X509Certificate certificate, Date when) {
        try {
            certificate.checkValidity(when);
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }

    /** The JDK's PKIX validator over the built path: basic constraints, key usage of CAs, path length, names. */
    private static Reason pkix(List<X509Certificate> chain, Date when) {
        if (chain.size() < 2) {
            return Reason.OK;
        }
        try {
            X509Certificate root = chain.get(chain.size() - 1);
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            parameters.setRevocationEnabled(false); // CRLs are checked below, from the configured files only
            parameters.setDate(when);
            CertPathValidator.getInstance("PKIX").validate(
                    Certificates.factory().generateCertPath(chain.subList(0, chain.size() - 1)), parameters);
            return Reason.OK;
        } catch (CertPathValidatorException e) {
            return e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID
                    ? Reason.EXPIRED : Reason.UNTRUSTED;
        } catch (GeneralSecurityException e) {
            return Reason.UNTRUSTED;
        }
    }

    /**
     * Soft-fail: a certificate whose issuer has no CRL on file counts as not revoked. A key-compromise revocation
     * counts whenever it happened, since a thief can claim any signing time; other reasons count from their date.
     */
    private static boolean revoked(List<X509Certificate> chain, List<X509CRL> crls, Date when) {
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            X509Certificate issuer = chain.get(i + 1);
            for (X509CRL crl : crls) {
                if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
                        || !verifies(crl::verify, issuer.getPublicKey())) {
                    continue;
                }
                X509CRLEntry entry = crl.getRevokedCertificate(certificate);
                if (entry != null && (entry.getRevocationReason() == CRLReason.KEY_COMPROMISE
                        || entry.getRevocationReason() == CRLReason.CA_COMPROMISE
                        || !entry.getRevocationDate().after(when))) {
                    return true;
                }
            }
        }
        return false;
    }
}
