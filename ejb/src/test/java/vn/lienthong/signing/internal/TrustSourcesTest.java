package vn.lienthong.signing.internal;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.signing.Reason;
import vn.lienthong.signing.SignatureVerifier;
import vn.lienthong.signing.TrustSettings;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Trust files and CRL sources as configured; CRLs read again on refresh, the last good kept when a source fails. */
class TrustSourcesTest {

    private static final Path PKI = Path.of(System.getProperty("shared.dir", "../../shared"), "fixtures/signatures/pki");
    private static final KeyPasswords NONE = new KeyPasswords() {
        @Override
        public Optional<char[]> find(String name) {
            return Optional.empty();
        }

        @Override
        public void store(String name, char[] password) {
            throw new UnsupportedOperationException();
        }
    };

    private static SigningConfiguration configuration(Path dir, Map<String, String> properties) {
        return SigningConfiguration.from(properties::get, dir);
    }

    private static Reason revokedVector(TrustSettings trust) throws Exception {
        Path vectors = PKI.getParent();
        return new SignatureVerifier(trust, Clock.systemUTC()).verifyDetached(
                Files.readAllBytes(vectors.resolve("cms/congvan.pdf.revoked.p7s")),
                Files.readAllBytes(vectors.resolve("docs/congvan.pdf"))).reason();
    }

    @Test
    void aCrlFileIsReadAgainAndKeptWhenItDisappears(@TempDir Path dir) throws Exception {
        Path crl = Files.copy(PKI.resolve("sub.crl"), dir.resolve("sub.crl"));
        SigningConfiguration configuration = configuration(dir, Map.of(
                "truststore", PKI.resolve("root.pem") + ", " + PKI.resolve("sub.pem"),
                "crl", crl.toString(), "crl.refresh.minutes", "5"));
        assertEquals(Duration.ofMinutes(5), configuration.crlRefresh());
        TrustSources sources = TrustSources.load(configuration, NONE);
        assertEquals(1, sources.roots().size());
        assertEquals(Reason.REVOKED, revokedVector(sources.refresh()));

        Files.delete(crl); // the operator's file is gone for a moment: what was read stays in force
        assertEquals(Reason.REVOKED, revokedVector(sources.refresh()));
    }

    @Test
    void aCrlUrlIsFetchedAndAnOutageKeepsTheLastGood(@TempDir Path dir) throws Exception {
        byte[] crl = Files.readAllBytes(PKI.resolve("sub.crl"));
        AtomicBoolean up = new AtomicBoolean(true);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sub.crl", exchange -> {
            byte[] body = up.get() ? crl : new byte[0];
            exchange.sendResponseHeaders(up.get() ? 200 : 503, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sub.crl";
            TrustSources sources = TrustSources.load(configuration(dir, Map.of(
                    "truststore", PKI.resolve("chain.pem").toString(), "crl", url)), NONE);
            // Before any CRL, revocation soft-fails (decision 010): the revoked certificate's signature looks valid.
            assertEquals(Reason.OK, revokedVector(TrustSettings.of(sources.roots(), java.util.List.of())));
            assertEquals(Reason.REVOKED, revokedVector(sources.refresh()));
            up.set(false);
            assertEquals(Reason.REVOKED, revokedVector(sources.refresh()));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aTrustStoreWithoutARootIsRefused(@TempDir Path dir) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> TrustSources.load(
                configuration(dir, Map.of("truststore", PKI.resolve("sub.pem").toString())), NONE));
        assertEquals("signature.trust.noRoot", refused.messageKey());
    }

    @Test
    void aKeystorePatternMustNameTheCode(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class,
                () -> configuration(dir, Map.of("keystore.pattern", "agency.p12")));
        assertEquals(dir.resolve("ks-000.00.11.H29.pfx"),
                configuration(dir, Map.of("keystore.pattern", "ks-{code}.pfx")).keyStore("000.00.11.H29"));
    }
}
