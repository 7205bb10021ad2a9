package vn.lienthong.signing;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.signing.internal.CertificateFiles;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The demo city's PKI, made on the run command's first start: a root, an agency sub-CA, and a signing certificate per
 * agency (its Vietnamese name, and its code as organizationIdentifier). Production operators bring their own keys.
 * <ul>
 * <li>{@code <code>.p12}: each agency's key and chain, alias = the agency code;</li>
 * <li>{@code system.p12}: the system's own key, which signs what LienThong itself publishes (statistics exports);</li>
 * <li>{@code truststore.p12}: the root, as a trusted certificate entry;</li>
 * <li>{@code trust.pem}: the root, the sub-CA and the sub-CA's (empty) CRL, for {@link TrustSettings#fromFiles}
 * and {@code openssl -CAfile}.</li>
 * </ul>
 */
public final class DemoPki {

    public static final String TRUST_STORE = "truststore.p12";
    public static final String TRUST_PEM = "trust.pem";
    /** The file stem of the system's own keystore and the password name the trust store is saved under. */
    public static final String SYSTEM = "system";
    public static final String TRUST = "truststore";

    /** Where the files went. */
    public record Issued(Path trustStore, Path trustPem, Path systemKeyStore, Map<AgencyCode, Path> keyStores) {
        public Issued {
            keyStores = Map.copyOf(keyStores);
        }
    }

    private static final String SYSTEM_NAME = "Hệ thống Liên thông văn bản TP.HCM";
    private static final String SYSTEM_ID = "LIENTHONG";

    private interface Signer {
        Path issue(String name, String organisationId, String stem) throws GeneralSecurityException, IOException;
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
        return generate(agencies, directory, stem -> password);
    }

    /**
     * As {@link #generate(Map, Path, char[])}, each keystore with its own password.
     *
     * @param passwordOf the password of a keystore by its file stem: an agency code, {@link #SYSTEM} or {@link #TRUST}
     */
    public Issued generate(Map<AgencyCode, String> agencies, Path directory, Function<String, char[]> passwordOf) {
        try {
            Files.createDirectories(directory);
            CertificateIssuer issuer = new CertificateIssuer(clock);
            KeyPair rootKeys = issuer.newKeyPair();
            X509Certificate root = issuer.root("LienThong Demo Root CA", rootKeys, Duration.ofDays(20 * 365));
            KeyPair subKeys = issuer.newKeyPair();
            X509Certificate sub = issuer.subCa("LienThong Demo Agency Sub CA", subKeys.getPublic(), root,
                    rootKeys.getPrivate(), Duration.ofDays(10 * 365));

            Map<AgencyCode, Path> keyStores = new LinkedHashMap<>();
            Signer signer = (name, id, stem) -> {
                KeyPair keys = issuer.newKeyPair();
                X509Certificate certificate = issuer.signer(name, id, keys.getPublic(), sub, subKeys.getPrivate(),
                        Duration.ofDays(3 * 365));
                char[] password = passwordOf.apply(stem);
                KeyStore store = emptyPkcs12();
                store.setKeyEntry(stem, keys.getPrivate(), password, new X509Certificate[]{certificate, sub, root});
                return save(store, directory.resolve(stem + ".p12"), password);
            };
            for (Map.Entry<AgencyCode, String> agency : agencies.entrySet()) {
                String code = agency.getKey().value();
                keyStores.put(agency.getKey(), signer.issue(agency.getValue(), code, code));
            }
            Path systemKeyStore = signer.issue(SYSTEM_NAME, SYSTEM_ID, SYSTEM);

            KeyStore trustStore = emptyPkcs12();
            trustStore.setCertificateEntry("root", root);
            Path trustStorePath = save(trustStore, directory.resolve(TRUST_STORE), passwordOf.apply(TRUST));
            Path trustPem = Files.writeString(directory.resolve(TRUST_PEM),
                    CertificateFiles.pem("CERTIFICATE", root.getEncoded()) + CertificateFiles.pem("CERTIFICATE", sub.getEncoded())
                            + CertificateFiles.pem("X509 CRL", issuer.emptyCrl(sub, subKeys.getPrivate()).getEncoded()),
                    StandardCharsets.US_ASCII);
            return new Issued(trustStorePath, trustPem, systemKeyStore, keyStores);
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
}
