package vn.lienthong.signing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.platform.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PadesSignerTest {

    private static final Instant ISSUED = Instant.parse("2026-12-31T02:00:00Z");
    private static final SignatureVerifier VERIFIER = new SignatureVerifier(Fixtures.trust(), Clock.systemUTC());

    private static PadesSigner signer(String agency) {
        return new PadesSigner(SigningKey.fromPkcs12(Fixtures.pki(agency + ".p12"), Fixtures.PASSWORD),
                Clock.fixed(ISSUED, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sotttt", "quan1"})
    void signedPdfVerifiesWithTimeFromTheSignatureDictionary(String agency) {
        SignatureReport report = VERIFIER.verifyPdf(signer(agency).sign(Fixtures.bytes("docs/congvan.pdf")));
        assertEquals(Verdict.VALID, report.verdict(), report.reason().toString());
        assertEquals(ISSUED, report.signingTime());
        assertEquals(3, report.chain().size());
    }

    @Test
    void secondSignatureKeepsTheFirstValid() {
        byte[] once = signer("sotttt").sign(Fixtures.bytes("docs/congvan.pdf"));
        SignatureReport report = VERIFIER.verifyPdf(signer("quan1").sign(once));
        assertEquals(Verdict.VALID, report.verdict(), report.reason().toString());
        assertTrue(report.signerName().startsWith("UBND Quan 1"), report.signerName());
    }

    @Test
    void bytesAppendedAfterSigningAreReported() {
        byte[] signed = signer("sotttt").sign(Fixtures.bytes("docs/congvan.pdf"));
        byte[] appended = Arrays.copyOf(signed, signed.length + 8);
        System.arraycopy("%%EOF\n\n\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 8);
        assertEquals(Reason.NOT_WHOLE_DOCUMENT, VERIFIER.verifyPdf(appended).reason());
    }

    @Test
    void unsignedPdfHasNoSignature() {
        assertEquals(Reason.NO_SIGNATURE, VERIFIER.verifyPdf(Fixtures.bytes("docs/congvan.pdf")).reason());
    }

    @Test
    void notAPdfIsRefused() {
        assertThrows(InvalidInputException.class, () -> signer("sotttt").sign(Fixtures.bytes("docs/congvan.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sotttt", "quan1"})
    void pdfsigFindsSignatureValidOverTheWholeDocument(String agency, @TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("congvan.signed.pdf"),
                signer(agency).sign(Fixtures.bytes("docs/congvan.pdf")));
        // Without an NSS database holding the test root, pdfsig cannot trust the issuer: the signature itself,
        // the digest over the byte range and the coverage are what it can vouch for.
        ExternalTool pdfsig = ExternalTool.run("pdfsig", pdf.toString());
        assertEquals(0, pdfsig.exitCode(), pdfsig.output());
        assertTrue(pdfsig.output().contains("Signature Validation: Signature is Valid."), pdfsig.output());
        assertTrue(pdfsig.output().contains("Total document signed"), pdfsig.output());
        assertTrue(pdfsig.output().contains("ETSI.CAdES.detached"), pdfsig.output());
    }

    @Test
    void pdfsigTrustsTheSignerOnceTheRootIsInItsNssDatabase(@TempDir Path dir) throws Exception {
        // Needs certutil (Debian libnss3-tools) to make the database; skipped where it is not installed.
        String nss = "sql:" + dir.resolve("nssdb");
        Files.createDirectories(dir.resolve("nssdb"));
        ExternalTool created = ExternalTool.run("certutil", "-N", "-d", nss, "--empty-password");
        assertEquals(0, created.exitCode(), created.output());
        ExternalTool added = ExternalTool.run("certutil", "-A", "-d", nss, "-n", "TEST Root CA", "-t", "CT,C,C",
                "-i", Fixtures.pki("root.pem").toString());
        assertEquals(0, added.exitCode(), added.output());
        Path pdf = Files.write(dir.resolve("congvan.signed.pdf"),
                signer("sotttt").sign(Fixtures.bytes("docs/congvan.pdf")));

        ExternalTool pdfsig = ExternalTool.run("pdfsig", "-nssdir", nss, pdf.toString());
        assertTrue(pdfsig.output().contains("Signature Validation: Signature is Valid."), pdfsig.output());
        assertTrue(pdfsig.output().contains("Certificate Validation: Certificate is Trusted."), pdfsig.output());
    }
}
