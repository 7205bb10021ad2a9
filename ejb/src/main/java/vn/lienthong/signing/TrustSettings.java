package vn.lienthong.signing;

import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.signing.internal.CertificateFiles;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roots the city accepts, the intermediate CA certificates it knows, and the CRLs it has fetched. Immutable:
 * to pick up a refreshed CRL, load new settings and hand them to a new {@link SignatureVerifier}.
 * Self-signed certificates become trust anchors; any other certificate is only a candidate intermediate.
 */
public final class TrustSettings {

    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> intermediates;
    private final List<X509CRL> crls;

    private TrustSettings(Collection<X509Certificate> certificates, Collection<X509CRL> crls) {
        this.anchors = certificates.stream().filter(CertificateFiles::isSelfSigned)
                .map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
        this.intermediates = certificates.stream().filter(c -> !CertificateFiles.isSelfSigned(c)).toList();
        this.crls = List.copyOf(crls);
        if (anchors.isEmpty()) {
            throw new InvalidInputException("signature.trust.noRoot");
        }
    }

    public static TrustSettings of(Collection<X509Certificate> certificates, Collection<X509CRL> crls) {
        return new TrustSettings(certificates, crls);
    }

    /** Certificates and CRLs from PEM or DER files, in any mix: {@code roots-with-crl.pem}, {@code sub.crl}. */
    public static TrustSettings fromFiles(Path... files) {
        List<X509Certificate> certificates = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : files) {
            CertificateFiles.read(file, certificates, crls);
        }
        return new TrustSettings(certificates, crls);
    }

    /** A PKCS#12 or JKS trust store's certificate entries, plus CRLs from files. */
    public static TrustSettings fromKeyStore(Path keyStore, char[] password, Path... crlFiles) {
        KeyStore store = CertificateFiles.loadKeyStore(keyStore, password);
        List<X509Certificate> certificates = CertificateFiles.certificates(store, keyStore);
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : crlFiles) {
            CertificateFiles.read(file, certificates, crls);
        }
        return new TrustSettings(certificates, crls);
    }

    public Set<TrustAnchor> anchors() {
        return anchors;
    }

    public List<X509Certificate> intermediates() {
        return intermediates;
    }

    public List<X509CRL> crls() {
        return crls;
    }
}
