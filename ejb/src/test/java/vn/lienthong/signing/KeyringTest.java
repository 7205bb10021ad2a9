package vn.lienthong.signing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.signing.internal.Certificates;
import vn.lienthong.signing.internal.KeyPasswords;
import vn.lienthong.signing.internal.SigningConfiguration;
import vn.lienthong.signing.internal.TrustSources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facade's key handling: keystores as configured, each with its own password from the credential store. */
class KeyringTest {

    private static final AgencyCode SOTTTT = AgencyCode.parse("000.00.11.H29");

    /** Stands in for the server's credential store. */
    static final class MemoryPasswords implements KeyPasswords {
        final Map<String, char[]> stored = new HashMap<>();

        @Override
        public Optional<char[]> find(String name) {
            return Optional.ofNullable(stored.get(name)).map(char[]::clone);
        }

        @Override
        public void store(String name, char[] password) {
            stored.put(name, password.clone());
        }
    }

    @TempDir
    static Path dir;
    private static final MemoryPasswords PASSWORDS = new MemoryPasswords();
    private static SigningConfiguration configuration;

    @BeforeAll
    static void demoPki() {
        int[] n = {0};
        new DemoPki(Clock.systemUTC()).generate(Map.of(SOTTTT, "Sở Thông tin và Truyền thông"), dir, stem -> {
            char[] password = ("pw-" + stem + "-" + n[0]++).toCharArray();
            PASSWORDS.store(KeyPasswords.nameOf(stem), password);
            return password;
        });
        configuration = SigningConfiguration.fromSystemProperties(dir);
    }

    @Test
    void eachKeystoreHasItsOwnPassword() {
        assertEquals(3, PASSWORDS.stored.size()); // the agency, the system, the trust store
        assertNotEquals(new String(PASSWORDS.stored.get("signing.000.00.11.h29")),
                new String(PASSWORDS.stored.get("signing.system")));
    }

    @Test
    void agencyAndSystemSignWithTheirOwnCertificates() throws Exception {
        Keyring keyring = new Keyring(configuration, PASSWORDS, Clock.systemUTC());
        Keyring.Signers agency = keyring.signers(SOTTTT.value());
        assertSame(agency, keyring.signers(SOTTTT.value()), "opened once");
        assertEquals("Sở Thông tin và Truyền thông", Certificates.commonName(agency.key().certificate()));
        Keyring.Signers system = keyring.signers(DemoPki.SYSTEM);
        assertEquals("Hệ thống Liên thông văn bản TP.HCM", Certificates.commonName(system.key().certificate()));

        SignatureVerifier verifier = new SignatureVerifier(
                TrustSources.load(configuration, PASSWORDS).refresh(), Clock.systemUTC());
        byte[] text = "Báo cáo thống kê".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SignatureReport report = verifier.verify(text, "thongke.csv.p7s", system.cms().signDetached(text));
        assertEquals(Verdict.VALID, report.verdict(), report.toString());
        assertEquals("Hệ thống Liên thông văn bản TP.HCM", report.signerName());

        byte[] pdf = Fixtures.bytes("docs/congvan.pdf");
        SignatureReport pades = verifier.verify(agency.pades().sign(pdf), null, null);
        assertEquals(Verdict.VALID, pades.verdict(), pades.toString());
        assertEquals(3, pades.chain().size());
    }

    @Test
    void aMissingKeystoreOrPasswordIsNamed() throws Exception {
        Keyring keyring = new Keyring(configuration, PASSWORDS, Clock.systemUTC());
        SigningKeyMissingException noFile = assertThrows(SigningKeyMissingException.class,
                () -> keyring.signers("000.00.99.H29"));
        assertEquals("signature.key.missing", noFile.messageKey());

        Files.copy(configuration.keyStore(SOTTTT.value()), configuration.keyStore("000.00.98.H29"));
        SigningKeyMissingException noPassword = assertThrows(SigningKeyMissingException.class,
                () -> keyring.signers("000.00.98.H29"));
        assertEquals("signature.key.noPassword", noPassword.messageKey());
        assertArrayEquals(new Object[]{"000.00.98.H29"}, noPassword.arguments());
    }

    @Test
    void trustedRootsAreTheSelfSignedOnes() {
        TrustSources sources = TrustSources.load(configuration, PASSWORDS);
        assertEquals(1, sources.roots().size());
        assertTrue(sources.roots().get(0).getSubjectX500Principal().getName().contains("Root"));
    }
}
