package vn.lienthong.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.signing.internal.CmsBuilder;
import vn.lienthong.signing.internal.Certificates;
import vn.lienthong.signing.internal.Timestamps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Signs a PDF main file with an invisible PAdES-B-B signature (SubFilter {@code ETSI.CAdES.detached}), appended as an
 * incremental update so that earlier signatures stay intact. PDFBox writes the PDF, Bouncy Castle the CMS.
 * With a timestamp authority, the signature value is timestamped (B-T). Thread-safe.
 */
public final class PadesSigner {

    private static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room for the signature value, signed attributes and CMS framing beside the certificates. */
    private static final int CMS_OVERHEAD = 2048;
    private static final TimeZone HO_CHI_MINH = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

    private final SigningKey key;
    private final Clock clock;
    private final URI timestampAuthority;
    private final int signatureSize;

    /** PAdES-B-B. */
    public PadesSigner(SigningKey key, Clock clock) {
        this(key, clock, null);
    }

    /** PAdES-B-T when {@code timestampAuthority} (an RFC 3161 TSA's URL) is given, else B-B. */
    public PadesSigner(SigningKey key, Clock clock, URI timestampAuthority) {
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timestampAuthority = timestampAuthority;
        // PDFBox writes the /Contents placeholder one hex digit at a time: sized to fit, signing runs twice as fast
        // as with a generous fixed reserve.
        this.signatureSize = CMS_OVERHEAD + key.chain().stream().mapToInt(PadesSigner::encodedLength).sum()
                + (timestampAuthority == null ? 0 : Timestamps.TOKEN_ALLOWANCE);
    }

    /** @throws InvalidInputException when the bytes are not a PDF that can be signed */
    public byte[] sign(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setName(Certificates.commonName(key.certificate()));
            // PAdES baseline puts the claimed time in /M and forbids the CMS signing-time attribute.
            Calendar now = new GregorianCalendar(HO_CHI_MINH);
            now.setTimeInMillis(clock.millis());
            signature.setSignDate(now);
            options.setPreferredSignatureSize(signatureSize);
            document.addSignature(signature, content -> {
                byte[] cms = CmsBuilder.signDetached(key.privateKey(), key.chain(), content, null);
                return timestampAuthority == null ? cms : Timestamps.stamp(cms, timestampAuthority);
            }, options);
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * signatureSize + 4096);
            document.saveIncremental(signed);
            return signed.toByteArray();
        } catch (IOException e) {
            throw new InvalidInputException("signature.pdf.unreadable");
        }
    }

    private static int encodedLength(X509Certificate certificate) {
        try {
            return certificate.getEncoded().length;
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("Unreadable certificate in the signing chain", e);
        }
    }
}
