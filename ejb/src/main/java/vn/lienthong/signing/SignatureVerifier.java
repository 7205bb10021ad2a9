package vn.lienthong.signing;

import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import vn.lienthong.signing.internal.CmsChecker;
import vn.lienthong.signing.internal.ContentPairing;
import vn.lienthong.signing.internal.PdfSignatures;
import vn.lienthong.signing.internal.SignedForms;
import vn.lienthong.signing.internal.SmimeSignatures;
import vn.lienthong.signing.internal.XmlSignatures;

import java.time.Clock;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks received or uploaded signatures against the city's {@link TrustSettings}. Never throws for a bad file: an
 * unreadable one is INVALID/MALFORMED, so that a hostile upload ends as a verdict the clerk can act on.
 * Thread-safe; build one per trust configuration and share it.
 */
public final class SignatureVerifier {

    private static final Logger LOG = Logger.getLogger(SignatureVerifier.class.getName());

    private final CmsChecker checker;

    /** @param clock the time to check certificates at when a signature claims no signing time */
    public SignatureVerifier(TrustSettings trust, Clock clock) {
        this.checker = new CmsChecker(Objects.requireNonNull(trust, "trust"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Whatever was handed in, told apart by content: with a detached signature, that signature over the file;
     * otherwise a PDF's own signatures, an attached CMS ({@code .p7m}) or an S/MIME message. Any other file without
     * a signature is INVALID / NO_SIGNATURE.
     *
     * @param signatureFileName the detached signature's file name when known (see {@link #verifyDetached(byte[],
     *                          String, byte[])}), else {@code null}
     * @param detachedSignature DER or PEM, or {@code null}
     */
    public SignatureReport verify(byte[] content, String signatureFileName, byte[] detachedSignature) {
        if (detachedSignature != null) {
            return verifyDetached(SignedForms.der(detachedSignature), signatureFileName, content);
        }
        return switch (SignedForms.of(content)) {
            case PDF -> verifyPdf(content);
            case SMIME -> verifySmime(content);
            case CMS -> verifyAttached(content);
            case OTHER -> SignatureReport.of(Verdict.INVALID, Reason.NO_SIGNATURE);
        };
    }

    /** A detached CMS/CAdES signature ({@code .p7s}, DER) over {@code content}. */
    public SignatureReport verifyDetached(byte[] signature, byte[] content) {
        return verifyDetached(signature, null, content);
    }

    /**
     * As {@link #verifyDetached(byte[], byte[])}; the signature's file name ({@code congvan.docx.p7s}) lets a digest
     * mismatch be told apart as WRONG_CONTENT (a .docx signature against a PDF) rather than TAMPERED.
     */
    public SignatureReport verifyDetached(byte[] signature, String signatureFileName, byte[] content) {
        return guarded(() -> checker.check(new CMSSignedData(new CMSProcessableByteArray(content), signature),
                ContentPairing.mismatch(signatureFileName, content), null));
    }

    /** An attached (enveloping) CMS signature, {@code .p7m}, with the content inside. */
    public SignatureReport verifyAttached(byte[] signedData) {
        return guarded(() -> {
            CMSSignedData signed = new CMSSignedData(signedData);
            if (signed.getSignedContent() == null) {
                return SignatureReport.of(Verdict.INVALID, Reason.MALFORMED); // a detached signature without its file
            }
            return checker.check(signed, Reason.TAMPERED, null);
        });
    }

    /** Every signature in a PDF (PAdES or the older adbe.pkcs7.detached), and that the last one covers the file. */
    public SignatureReport verifyPdf(byte[] pdf) {
        return guarded(() -> PdfSignatures.check(pdf, checker));
    }

    /** An S/MIME signed email, as found in an official mailbox ({@code .eml}). */
    public SignatureReport verifySmime(byte[] message) {
        return guarded(() -> SmimeSignatures.check(message, checker));
    }

    /** The XMLDSig signature over an edXML package's envelope (see {@link EnvelopeSigner}). */
    public SignatureReport verifyEnvelope(byte[] edxml) {
        return guarded(() -> XmlSignatures.check(edxml, checker));
    }

    private interface Check {
        SignatureReport run() throws Exception;
    }

    /** Hostile input breaks parsers in many ways (IOException, ASN.1 RuntimeExceptions...): all mean MALFORMED. */
    private static SignatureReport guarded(Check check) {
        try {
            return check.run();
        } catch (Exception | StackOverflowError e) {
            LOG.log(Level.FINE, "Unreadable signature", e);
            return SignatureReport.of(Verdict.INVALID, Reason.MALFORMED);
        }
    }
}
