package vn.lienthong.signing.internal;

import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.signing.TrustSettings;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The city's trust as configured: the trust store's certificates (and any CRLs in it) read once, and CRLs from files
 * or URLs read again at each {@link #refresh()}. A source that cannot be read keeps its last good CRLs: an unreachable
 * CRL server must not make every signature look unrevoked or, worse, stop verification.
 */
public final class TrustSources {

    private static final Logger LOG = Logger.getLogger(TrustSources.class.getName());
    /** A city's CRL is kilobytes; anything near this is not a CRL. */
    private static final int MAX_CRL_BYTES = 32 * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final List<X509Certificate> certificates;
    private final List<X509CRL> trustStoreCrls;
    private final List<String> crlSources;
    private final Map<String, List<X509CRL>> lastGood = new LinkedHashMap<>();
    private HttpClient http;

    private TrustSources(List<X509Certificate> certificates, List<X509CRL> trustStoreCrls, List<String> crlSources) {
        this.certificates = List.copyOf(certificates);
        this.trustStoreCrls = List.copyOf(trustStoreCrls);
        this.crlSources = List.copyOf(crlSources);
    }

    /** @throws InvalidInputException when the trust store cannot be read or holds no root */
    public static TrustSources load(SigningConfiguration configuration, KeyPasswords passwords) {
        List<X509Certificate> certificates = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : configuration.trustStores()) {
            if (SigningConfiguration.isKeyStore(file)) {
                char[] password = passwords.find(KeyPasswords.nameOf("truststore")).orElse(null);
                certificates.addAll(CertificateFiles.certificates(CertificateFiles.loadKeyStore(file, password), file));
            } else {
                CertificateFiles.read(file, certificates, crls);
            }
        }
        TrustSources sources = new TrustSources(certificates, crls, configuration.crlSources());
        TrustSettings.of(certificates, crls); // fails now, with the reason, when there is no root
        return sources;
    }

    /** Reads every CRL source again and returns the trust to verify with from now on. Never throws for a source. */
    public synchronized TrustSettings refresh() {
        for (String source : crlSources) {
            try {
                List<X509Certificate> ignored = new ArrayList<>();
                List<X509CRL> crls = new ArrayList<>();
                CertificateFiles.read(fetch(source), source, ignored, crls);
                lastGood.put(source, List.copyOf(crls));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "CRL source " + source + " unreadable; keeping what was read before ("
                        + lastGood.getOrDefault(source, List.of()).size() + " CRLs)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<X509CRL> crls = new ArrayList<>(trustStoreCrls);
        lastGood.values().forEach(crls::addAll);
        return TrustSettings.of(certificates, crls);
    }

    /** The trusted roots (self-signed certificates of the trust store), what {@code openssl -CAfile} needs. */
    public List<X509Certificate> roots() {
        return certificates.stream().filter(CertificateFiles::isSelfSigned).toList();
    }

    private byte[] fetch(String source) throws IOException, InterruptedException {
        String lower = source.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            Path file = lower.startsWith("file:") ? Path.of(URI.create(source)) : Path.of(source);
            if (Files.size(file) > MAX_CRL_BYTES) {
                throw new IOException("larger than " + MAX_CRL_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        }
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(source)).timeout(TIMEOUT)
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_CRL_BYTES + 1);
            if (bytes.length > MAX_CRL_BYTES) {
                throw new IOException("larger than " + MAX_CRL_BYTES + " bytes");
            }
            return bytes;
        }
    }
}
