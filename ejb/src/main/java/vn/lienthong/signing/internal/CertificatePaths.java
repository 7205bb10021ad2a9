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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Path building and validation for a signer's certificate, at the time the signature claims. Bouncy Castle's
 * {@code SignerInformation.verify} checks only the signature value; this is the rest of the job.
 * An agency signs thousands of documents with one certificate, so a path that passed PKIX is remembered per signer
 * certificate; validity dates and revocation, which depend on the signing time, are checked on every call.
 */
public final class CertificatePaths {

    /** Enough for root, a sub-CA or two and the signer; a longer walk means a loop or a hostile bag of certificates. */
    private static final int MAX_DEPTH = 8;
    /** Far more signers than a city has agencies; past it the cache starts again rather than grow without bound. */
    private static final int MAX_CACHED = 4096;

    /** @param chain signer first, trust anchor last, when a path to a trusted root was found */
    public record Result(Reason reason, List<X509Certificate> chain) {
    }

    private final TrustSettings trust;
    private final Map<X509Certificate, List<X509Certificate>> validatedPaths = new ConcurrentHashMap<>();
    private final Map<X509Certificate, List<X509CRL>> crlsByIssuer = new ConcurrentHashMap<>();

    public CertificatePaths(TrustSettings trust) {
        this.trust = trust;
    }

    public Result validate(X509Certificate signer, Collection<X509Certificate> supplied, Instant at) {
        List<X509Certificate> chain = validatedPaths.get(signer);
        boolean known = chain != null;
        if (!known) {
            List<X509Certificate> candidates = new ArrayList<>(supplied);
            candidates.addAll(trust.intermediates());
            Optional<List<X509Certificate>> built = build(signer, candidates, trust.anchors());
            if (built.isEmpty()) {
                return new Result(Reason.UNTRUSTED, List.of());
            }
            chain = List.copyOf(built.get());
        }
        Date when = Date.from(at);
        // Checked one by one first so that an expired certificate is reported as such, not as a broken path.
        for (X509Certificate certificate : chain) {
            if (!validAt(certificate, when)) {
                return new Result(Reason.EXPIRED, chain);
            }
        }
        if (!known) {
            Reason pkix = pkix(chain, when);
            if (pkix != Reason.OK) {
                return new Result(pkix, chain);
            }
            remember(signer, chain);
        }
        return new Result(revoked(chain, when) ? Reason.REVOKED : Reason.OK, chain);
    }

    private void remember(X509Certificate signer, List<X509Certificate> chain) {
        if (validatedPaths.size() >= MAX_CACHED) {
            validatedPaths.clear();
        }
        validatedPaths.put(signer, chain);
    }

    /**
     * Walks issuer links by name and key from the signer to a trust anchor, backtracking past candidates that lead
     * nowhere (a damaged CA copy inside the signature must not hide a good path). Signer first, anchor last.
     */
    private static Optional<List<X509Certificate>> build(X509Certificate signer, List<X509Certificate> candidates,
                                                        Set<TrustAnchor> anchors) {
        PathSearch search = new PathSearch(candidates, anchors);
        List<X509Certificate> chain = new ArrayList<>(List.of(signer));
        return search.extend(chain) ? Optional.of(chain) : Optional.empty();
    }

    private static final class PathSearch {
        /** Signature checks allowed per search: a hostile bag of cross-signed certificates must not loop for hours. */
        private int budget = 64;
        private final List<X509Certificate> candidates;
        private final Set<TrustAnchor> anchors;

        PathSearch(List<X509Certificate> candidates, Set<TrustAnchor> anchors) {
            this.candidates = candidates;
            this.anchors = anchors;
        }

        boolean extend(List<X509Certificate> chain) {
            X509Certificate current = chain.get(chain.size() - 1);
            for (TrustAnchor anchor : anchors) {
                X509Certificate root = anchor.getTrustedCert();
                if (current.equals(root)) {
                    return true;
                }
                if (link(current, root)) {
                    chain.add(root);
                    return true;
                }
            }
            if (chain.size() > MAX_DEPTH) {
                return false;
            }
            for (X509Certificate candidate : candidates) {
                if (!chain.contains(candidate) && link(current, candidate)) {
                    chain.add(candidate);
                    if (extend(chain)) {
                        return true;
                    }
                    chain.remove(chain.size() - 1);
                }
            }
            return false;
        }

        private boolean link(X509Certificate child, X509Certificate issuer) {
            if (!child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()) || budget <= 0) {
                return false;
            }
            budget--;
            return verifies(child::verify, issuer.getPublicKey());
        }
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

    /** The configured CRLs that this issuer really signed; checked once per issuer, the CRLs being immutable. */
    private List<X509CRL> crlsBy(X509Certificate issuer) {
        return crlsByIssuer.computeIfAbsent(issuer, i -> trust.crls().stream()
                .filter(crl -> crl.getIssuerX500Principal().equals(i.getSubjectX500Principal())
                        && verifies(crl::verify, i.getPublicKey()))
                .toList());
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
    private boolean revoked(List<X509Certificate> chain, Date when) {
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            for (X509CRL crl : crlsBy(chain.get(i + 1))) {
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
