package vn.lienthong.signing.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the keys, the trust and the CRLs are: system properties that config/55-signing.cli sets from environment
 * variables, so that an operator points them at their own files without touching the code.
 *
 * @param keyStoreDirectory   {@code lienthong.signing.keystore.dir}: the agencies' PKCS#12 keystores
 * @param keyStorePattern     {@code lienthong.signing.keystore.pattern}: a keystore's file name, {@code {code}} standing
 *                            for the agency code (or {@code system}); default {@code {code}.p12}
 * @param trustStores         {@code lienthong.signing.truststore}: comma-separated files, each PEM (roots,
 *                            intermediates, CRLs) or PKCS#12, relative to the keystore directory; default
 *                            {@code trust.pem}
 * @param crlSources          {@code lienthong.signing.crl}: comma-separated CRL files or http(s) URLs, may be empty
 * @param crlRefresh          {@code lienthong.signing.crl.refresh.minutes}: how often CRLs are read again; default 60
 * @param timestampAuthority  {@code lienthong.signing.tsa.url}: an RFC 3161 TSA makes PAdES B-T; empty for B-B
 * @param credentialStore     {@code lienthong.signing.credential.store}: the Elytron credential store with the key
 *                            passwords; default {@code LienThongSigning}
 */
public record SigningConfiguration(Path keyStoreDirectory, String keyStorePattern, List<Path> trustStores,
                                   List<String> crlSources, Duration crlRefresh, Optional<URI> timestampAuthority,
                                   String credentialStore) {

    public static final String CODE = "{code}";

    /** From the system properties; {@code defaultDirectory} when the keystore directory is not set. */
    public static SigningConfiguration fromSystemProperties(Path defaultDirectory) {
        return from(name -> System.getProperty("lienthong.signing." + name), defaultDirectory);
    }

    static SigningConfiguration from(UnaryOperator<String> property, Path defaultDirectory) {
        Path directory = value(property, "keystore.dir").map(Path::of).orElse(defaultDirectory);
        String pattern = value(property, "keystore.pattern").orElse(CODE + ".p12");
        if (!pattern.contains(CODE)) {
            throw new IllegalArgumentException("lienthong.signing.keystore.pattern must contain " + CODE);
        }
        List<Path> trust = list(property, "truststore").stream().map(directory::resolve).toList();
        if (trust.isEmpty()) {
            trust = List.of(directory.resolve("trust.pem"));
        }
        List<String> crls = list(property, "crl");
        long minutes = value(property, "crl.refresh.minutes").map(Long::parseLong).orElse(60L);
        if (minutes < 1) {
            throw new IllegalArgumentException("lienthong.signing.crl.refresh.minutes must be at least 1");
        }
        Optional<URI> tsa = value(property, "tsa.url").map(URI::create);
        String store = value(property, "credential.store").orElse("LienThongSigning");
        return new SigningConfiguration(directory, pattern, trust, crls, Duration.ofMinutes(minutes), tsa, store);
    }

    /** The keystore file of an agency code or {@code system}. */
    public Path keyStore(String stem) {
        return keyStoreDirectory.resolve(keyStorePattern.replace(CODE, stem));
    }

    public static boolean isKeyStore(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".p12") || name.endsWith(".pfx") || name.endsWith(".jks");
    }

    private static List<String> list(UnaryOperator<String> property, String name) {
        return value(property, name)
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    private static Optional<String> value(UnaryOperator<String> property, String name) {
        return Optional.ofNullable(property.apply(name)).map(String::trim).filter(s -> !s.isEmpty());
    }
}
