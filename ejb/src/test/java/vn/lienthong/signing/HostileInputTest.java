package vn.lienthong.signing;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Garbage, truncated and bit-flipped input ends as a verdict, never as an exception out of the verifier. */
class HostileInputTest {

    private static final SignatureVerifier VERIFIER = new SignatureVerifier(Fixtures.trust(), Clock.systemUTC());
    private static final byte[] CONTENT = Fixtures.bytes("docs/congvan.pdf");

    @Test
    void emptyAndRandomBytesAreMalformedEverywhere() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        for (byte[] input : new byte[][]{new byte[0], random, "-----BEGIN PKCS7-----".getBytes()}) {
            assertEquals(Reason.MALFORMED, VERIFIER.verifyDetached(input, CONTENT).reason());
            assertEquals(Reason.MALFORMED, VERIFIER.verifyAttached(input).reason());
            assertEquals(Reason.MALFORMED, VERIFIER.verifyPdf(input).reason());
            assertEquals(Reason.MALFORMED, VERIFIER.verifySmime(input).reason());
        }
    }

    @Test
    void truncatedSignedMailIsNeverValid() {
        byte[] mail = Fixtures.bytes("smime/signed.eml");
        for (int length = 0; length < mail.length; length += 211) {
            assertNotEquals(Verdict.VALID, VERIFIER.verifySmime(Arrays.copyOf(mail, length)).verdict(),
                    "truncated at " + length);
        }
    }

    @Test
    void everyTruncationOfACmsSignatureIsMalformed() {
        byte[] signature = Fixtures.bytes("cms/congvan.pdf.quan1.p7s");
        for (int length = 0; length < signature.length; length += 37) {
            SignatureReport report = VERIFIER.verifyDetached(Arrays.copyOf(signature, length), CONTENT);
            assertEquals(Reason.MALFORMED, report.reason(), "truncated at " + length);
        }
    }

    @Test
    void flippedBitsInACmsSignatureNeverLendTrustToTheDamagedCopies() throws Exception {
        byte[] signature = Fixtures.bytes("cms/congvan.pdf.sotttt.p7s");
        List<X509Certificate> genuine = List.of(certificate("sub.pem"), certificate("root.pem"));
        int refused = 0;
        for (int i = 0; i < signature.length; i += 53) {
            byte[] flipped = signature.clone();
            flipped[i] ^= 0x10;
            // A fresh verifier each time: the verdict must not depend on what was verified before.
            SignatureReport report = new SignatureVerifier(Fixtures.trust(), Clock.systemUTC())
                    .verifyDetached(flipped, CONTENT);
            if (report.isValid()) {
                // Only a flip in a CA certificate carried along is harmless: the path then uses the configured ones.
                assertEquals(genuine, report.chain().subList(1, 3), "flip at " + i);
            } else {
                refused++;
            }
        }
        assertTrue(refused > 0);
    }

    private static X509Certificate certificate(String name) throws Exception {
        try (var in = Files.newInputStream(Fixtures.pki(name))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    @Test
    void truncatedSignedPdfIsNeverValid() {
        byte[] pdf = Fixtures.bytes("pades/congvan.signed.pdf");
        for (int length : new int[]{0, 100, pdf.length / 3, pdf.length / 2, pdf.length - 1000, pdf.length - 1}) {
            assertNotEquals(Verdict.VALID, VERIFIER.verifyPdf(Arrays.copyOf(pdf, length)).verdict(),
                    "truncated at " + length);
        }
    }

    @Test
    void detachedSignatureGivenAsAttachedIsMalformed() {
        assertEquals(Reason.MALFORMED, VERIFIER.verifyAttached(Fixtures.bytes("cms/congvan.txt.sotttt.p7s")).reason());
    }

    @Test
    void mailWithoutSignatureHasNoSignature() {
        byte[] mail = "From: a@b.vn\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\nXin chào\r\n".getBytes();
        assertEquals(Reason.NO_SIGNATURE, VERIFIER.verifySmime(mail).reason());
    }

    @Test
    void withoutTheCrlARevokedSignerCannotBeCaught() {
        SignatureVerifier noCrl = new SignatureVerifier(TrustSettings.fromFiles(Fixtures.pki("trusted-roots.pem")),
                Clock.systemUTC());
        // Soft-fail by design: the CRL file is configuration, and its absence is visible to operators, not clerks.
        byte[] revoked = Fixtures.bytes("cms/congvan.pdf.revoked.p7s");
        assertEquals(Verdict.VALID, noCrl.verifyDetached(revoked, CONTENT).verdict());
    }
}
