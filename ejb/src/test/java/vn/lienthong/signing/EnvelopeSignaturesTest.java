package vn.lienthong.signing;

import org.junit.jupiter.api.Test;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.platform.InvalidInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** XMLDSig over edXML envelopes, on the real packages of ../shared/fixtures/edxml. */
class EnvelopeSignaturesTest {

    private static final SignatureVerifier VERIFIER = new SignatureVerifier(Fixtures.trust(), Clock.systemUTC());
    private static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";

    private static byte[] edxml(String name) throws IOException {
        return Files.readAllBytes(Fixtures.signatures().resolveSibling("edxml").resolve(name));
    }

    private static EnvelopeSigner signer(String agency) {
        return new EnvelopeSigner(SigningKey.fromPkcs12(Fixtures.pki(agency + ".p12"), Fixtures.PASSWORD));
    }

    @Test
    void theRealPackagesSignatureIsNotOneAnyoneCanCheck() throws IOException {
        // Their <Signature> never declares the XMLDSig namespace, and its certificate is cut to 11 characters.
        for (String name : new String[]{"edoc_new.edxml", "edoc_update.edxml"}) {
            SignatureReport report = VERIFIER.verifyEnvelope(edxml(name));
            assertEquals(Verdict.INVALID, report.verdict(), name);
            assertEquals(Reason.MALFORMED, report.reason(), name);
        }
        SignatureReport status = VERIFIER.verifyEnvelope(edxml("status_processing_05.edxml"));
        assertEquals(Reason.NO_SIGNATURE, status.reason());
    }

    @Test
    void aSignedPackageVerifiesAndStillReadsTheSame() throws IOException {
        for (String agency : new String[]{"sotttt", "quan1"}) { // RSA and ECDSA
            byte[] original = edxml("edoc_new.edxml");
            byte[] signed = signer(agency).sign(original);
            SignatureReport report = VERIFIER.verifyEnvelope(signed);
            assertEquals(Verdict.VALID, report.verdict(), agency + ": " + report);
            assertEquals(3, report.chain().size());
            assertFalse(report.signerName().isEmpty());

            String text = new String(signed, StandardCharsets.UTF_8);
            assertEquals(1, count(text, "<Signature "), "the old namespace-less signature is replaced");
            assertTrue(text.contains("<Signature xmlns=\"" + XMLDSIG + "\">"), "a real XMLDSig signature");
            assertTrue(text.indexOf("</Signature>") < text.indexOf("</edXML:edXMLHeader>"), "in the header");
            assertTrue(text.contains("xmldsig-more#rsa-sha256") || text.contains("xmldsig-more#ecdsa-sha256"));
            assertEquals(new EdxmlReader().read(original), new EdxmlReader().read(signed),
                    "the importer reads the same package");
        }
    }

    @Test
    void aChangeAnywhereInTheEnvelopeIsTampering() throws IOException {
        byte[] signed = signer("sotttt").sign(edxml("edoc_update.edxml"));
        String text = new String(signed, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("Văn phòng Chính phủ", "Văn phòng Chính phủ.");
        SignatureReport report = VERIFIER.verifyEnvelope(changed.getBytes(StandardCharsets.UTF_8));
        assertEquals(Verdict.INVALID, report.verdict());
        assertEquals(Reason.TAMPERED, report.reason());
        assertFalse(report.signerName().isEmpty(), "the claimed signer is still named");

        // Even whitespace between elements is content that c14n keeps.
        String spaced = text.replace("<edXML:edXMLBody>", "<edXML:edXMLBody> ");
        assertEquals(Reason.TAMPERED, VERIFIER.verifyEnvelope(spaced.getBytes(StandardCharsets.UTF_8)).reason());
    }

    @Test
    void certificatesAreJudgedAsForCms() throws IOException {
        byte[] status = edxml("status_processing_05.edxml");
        SignatureReport untrusted = new SignatureVerifier(
                TrustSettings.fromFiles(Fixtures.pki("rogue-root.pem")), Clock.systemUTC())
                .verifyEnvelope(signer("sotttt").sign(status));
        assertEquals(Verdict.INVALID, untrusted.verdict());
        assertEquals(Reason.UNTRUSTED, untrusted.reason());
        assertEquals(Reason.REVOKED, VERIFIER.verifyEnvelope(signer("revoked").sign(status)).reason());
        assertEquals(Reason.EXPIRED, VERIFIER.verifyEnvelope(signer("expired").sign(status)).reason());
    }

    @Test
    void hostileXmlIsMalformedAndNotSigned() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&x;</edXML>")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.MALFORMED, VERIFIER.verifyEnvelope(xxe).reason());
        assertEquals(Reason.MALFORMED, VERIFIER.verifyEnvelope("not xml".getBytes(StandardCharsets.UTF_8)).reason());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> signer("sotttt").sign(xxe));
        assertEquals("signature.envelope.unreadable", refused.messageKey());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
