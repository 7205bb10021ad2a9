package vn.lienthong.signing;

import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
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
            assertNotEquals(Verdict.VALID, VERIFIER.verifySmime(input).verdict());
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
    void flippedBitsInACmsSignatureLeaveTrustWithTheConfiguredRoot() {
        byte[] signature = Fixtures.bytes("cms/congvan.pdf.sotttt.p7s");
        X509Certificate root = Fixtures.trust().anchors().iterator().next().getTrustedCert();
        int valid = 0;
        for (int i = 0; i < signature.length; i += 53) {
            byte[] flipped = signature.clone();
            flipped[i] ^= 0x10;
            SignatureReport report = VERIFIER.verifyDetached(flipped, CONTENT);
            // Only a flip in the copy of the root carried in the CMS is harmless: trust comes from the trust store.
            if (report.isValid()) {
                valid++;
                assertEquals(root, report.chain().get(report.chain().size() - 1), "flip at " + i);
            }
        }
        assertTrue(valid < signature.length / 53 / 4, valid + " flips still valid");
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
        assertEquals(Verdict.VALID, noCrl.verifyDetached(Fixtures.bytes("cms/congvan.pdf.revoked.p7s"), CONTENT).verdict());
    }
}
