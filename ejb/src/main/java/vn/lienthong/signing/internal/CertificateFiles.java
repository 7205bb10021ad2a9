package vn.lienthong.signing.internal;

import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import vn.lienthong.platform.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/** Reading certificates, CRLs and keystores from the files operators configure. */
public final class CertificateFiles {

    private CertificateFiles() {
    }

    /** One PEM block, lines of 64 characters as OpenSSL writes them. */
    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    public static String pem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("Unencodable certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    public static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Adds what one PEM (any mix of blocks) or DER (one certificate or one CRL) file holds. */
    public static void read(Path file, List<X509Certificate> certificates, List<X509CRL> crls) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("signature.trust.unreadable", file.toString());
        }
        read(bytes, file.toString(), certificates, crls);
    }

    /** As {@link #read(Path, List, List)}, for bytes fetched from {@code source} (a CRL distribution URL, say). */
    public static void read(byte[] bytes, String source, List<X509Certificate> certificates, List<X509CRL> crls) {
        try {
            if (new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.US_ASCII).contains("-----BEGIN")) {
                readPem(bytes, certificates, crls);
            } else {
                readDer(bytes, certificates, crls);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new InvalidInputException("signature.trust.unreadable", source);
        }
    }

    private static void readPem(byte[] bytes, List<X509Certificate> certificates, List<X509CRL> crls)
            throws IOException, GeneralSecurityException {
        try (PEMParser parser = new PEMParser(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.US_ASCII))) {
            for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
                if (block instanceof X509CertificateHolder holder) {
                    certificates.add(Certificates.toX509(holder));
                } else if (block instanceof X509CRLHolder holder) {
                    crls.add((X509CRL) Certificates.factory()
                            .generateCRL(new ByteArrayInputStream(holder.getEncoded())));
                }
            }
        }
    }

    private static void readDer(byte[] bytes, List<X509Certificate> certificates, List<X509CRL> crls)
            throws GeneralSecurityException {
        CertificateFactory factory = Certificates.factory();
        try {
            certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(bytes)));
        } catch (CertificateException notACertificate) {
            crls.add((X509CRL) factory.generateCRL(new ByteArrayInputStream(bytes)));
        }
    }

    public static KeyStore loadKeyStore(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            String type = file.getFileName().toString().toLowerCase().endsWith(".jks") ? "JKS" : "PKCS12";
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidInputException("signature.keystore.unreadable", file.toString());
        }
    }

    public static List<X509Certificate> certificates(KeyStore store, Path file) {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    certificates.add(certificate);
                }
            }
            return certificates;
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("signature.keystore.unreadable", file.toString());
        }
    }
}
