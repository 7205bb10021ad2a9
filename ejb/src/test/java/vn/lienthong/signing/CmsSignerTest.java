package vn.lienthong.signing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CmsSignerTest {

    private static final Instant ISSUED = Instant.parse("2026-12-31T17:00:00Z");
    private static final Clock CLOCK = Clock.fixed(ISSUED, ZoneOffset.UTC);
    private static final SignatureVerifier VERIFIER = new SignatureVerifier(Fixtures.trust(), Clock.systemUTC());

    private static CmsSigner signer(String agency) {
        return new CmsSigner(SigningKey.fromPkcs12(Fixtures.pki(agency + ".p12"), Fixtures.PASSWORD), CLOCK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sotttt", "quan1"}) // RSA-2048 and ECDSA P-256
    void ownSignatureVerifiesWithSignerAndTime(String agency) {
        byte[] content = Fixtures.bytes("docs/congvan.docx");
        SignatureReport report = VERIFIER.verifyDetached(signer(agency).signDetached(content), content);
        assertEquals(Verdict.VALID, report.verdict(), report.reason().toString());
        assertEquals(ISSUED, report.signingTime());
        assertEquals("UBND TP Ho Chi Minh", report.signerOrganisation());
        assertEquals(3, report.chain().size());
    }

    @Test
    void changedContentIsTampered() {
        byte[] content = Fixtures.bytes("docs/congvan.txt");
        byte[] signature = signer("sotttt").signDetached(content);
        content[10] ^= 1;
        assertEquals(Reason.TAMPERED, VERIFIER.verifyDetached(signature, content).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sotttt", "quan1"})
    void opensslAcceptsOwnSignatureWithChainAndRevocationCheck(String agency, @TempDir Path dir) throws Exception {
        Path content = Fixtures.signatures().resolve("docs/congvan.pdf");
        Path signature = Files.write(dir.resolve("congvan.pdf.p7s"),
                signer(agency).signDetached(Files.readAllBytes(content)));
        ExternalTool verify = ExternalTool.run("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", signature.toString(), "-content", content.toString(),
                "-CAfile", Fixtures.pki("roots-with-crl.pem").toString(), "-crl_check", "-purpose", "any",
                "-out", "/dev/null");
        assertEquals(0, verify.exitCode(), verify.output());
        assertTrue(verify.output().contains("Verification successful"), verify.output());
    }

    @Test
    void opensslSeesCadesAttributesAndWholeChain(@TempDir Path dir) throws Exception {
        Path signature = Files.write(dir.resolve("congvan.txt.p7s"),
                signer("sotttt").signDetached(Fixtures.bytes("docs/congvan.txt")));
        ExternalTool print = ExternalTool.run("openssl", "cms", "-cmsout", "-print", "-noout", "-inform", "DER",
                "-in", signature.toString());
        assertEquals(0, print.exitCode(), print.output());
        assertTrue(print.output().contains("signingTime"), "signing-time attribute");
        assertTrue(print.output().contains("signingCertificateV2"), "signing-certificate-v2 attribute");
        assertTrue(print.output().contains("sha256"), "SHA-256 digest");
        assertEquals(3, print.output().split("\\s+cert_info:").length - 1, "signer, sub-CA and root certificates");
    }
}
