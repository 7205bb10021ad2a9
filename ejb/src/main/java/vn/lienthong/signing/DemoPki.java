package vn.lienthong.signing;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.signing.internal.CertificateIssuer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The demo city's PKI, made on the run command's first start: a root, an agency sub-CA, and a signing certificate per
 * agency (its Vietnamese name, and its code as organizationIdentifier). Production operators bring their own keys.
 * <ul>
 * <li>{@code <code>.p12}: each agency's key and chain, alias = the agency code;</li>
 * <li>{@code truststore.p12}: the root, as a trusted certificate entry;</li>
 * <li>{@code trust.pem}: the root, the sub-CA and the sub-CA's (empty) CRL, for {@link TrustSettings#fromFiles}
 * and {@code openssl -CAfile}.</li>
 * </ul>
 */
public final class DemoPki {

    public static final String TRUST_STORE = "truststore.p12";
    public static final String TRUST_PEM = "trust.pem";

    /** Where the files went. */
    public record Issued(Path trustStore, Path trustPem, Map<AgencyCode, Path> keyStores) {
        public Issued {
            keyStores = Map.copyOf(keyStores);
        }
    }

    private final Clock clock;

    public DemoPki(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a PKI was already generated there: the demo keeps its keys across restarts. */
    public static boolean isPresent(Path directory) {
        return Files.isRegularFile(directory.resolve(TRUST_STORE)) && Files.isRegularFile(directory.resolve(TRUST_PEM));
    }

    /** @param agencies agency code to its name in Vietnamese, e.g. 000.00.11.H29 → Sở Thông tin và Truyền thông */
    public Issued generate(Map<AgencyCode, String> agencies, Path directory, char[] password) {
        try {
            Files.createDirectories(directory);
            CertificateIssuer issuer = new CertificateIssuer(clock);
            KeyPair rootKeys = issuer.newKeyPair();
            X509Certificate root = issuer.root("LienThong Demo Root CA", rootKeys, Duration.ofDays(20 * 365));
            KeyPair subKeys = issuer.newKeyPair();
            X509Certificate sub = issuer.subCa("LienThong Demo Agency Sub CA", subKeys.getPublic(), root,
                    rootKeys.getPrivate(), Duration.ofDays(10 * 365));

            Map<AgencyCode, Path> keyStores = new LinkedHashMap<>();
            for (Map.Entry<AgencyCode, String> agency : agencies.entrySet()) {
                KeyPair keys = issuer.newKeyPair();
                X509Certificate certificate = issuer.signer(agency.getValue(), agency.getKey().value(),
                        keys.getPublic(), sub, subKeys.getPrivate(), Duration.ofDays(3 * 365));
                KeyStore store = emptyPkcs12();
                store.setKeyEntry(agency.getKey().value(), keys.getPrivate(), password,
                        new X509Certificate[]{certificate, sub, root});
                Path keyStore = directory.resolve(agency.getKey().value() + ".p12");
                keyStores.put(agency.getKey(), save(store, keyStore, password));
            }

            KeyStore trustStore = emptyPkcs12();
            trustStore.setCertificateEntry("root", root);
            Path trustStorePath = save(trustStore, directory.resolve(TRUST_STORE), password);
            Path trustPem = Files.writeString(directory.resolve(TRUST_PEM),
                    pem("CERTIFICATE", root.getEncoded()) + pem("CERTIFICATE", sub.getEncoded())
                            + pem("X509 CRL", issuer.emptyCrl(sub, subKeys.getPrivate()).getEncoded()),
                    StandardCharsets.US_ASCII);
            return new Issued(trustStorePath, trustPem, keyStores);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate the demo PKI", e);
        }
    }

    private static KeyStore emptyPkcs12() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static Path save(KeyStore store, Path file, char[] password) throws GeneralSecurityException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
