package vn.lienthong.signing.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import vn.lienthong.signing.Reason;
import vn.lienthong.signing.SignatureReport;
import vn.lienthong.signing.Verdict;

import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Set;

/** Finds the signature dictionaries of a PDF and checks each one's CMS over its byte range. */
public final class PdfSignatures {

    /** Both are a detached CMS over the byte range; many real signing tools still write the older Adobe one. */
    private static final Set<String> SUB_FILTERS = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");

    private PdfSignatures() {
    }

    /**
     * The first signature that is not VALID; otherwise the report of the signature that covers the most of the file,
     * which must cover all of it: bytes after the last signed range were added after signing.
     */
    public static SignatureReport check(byte[] pdf, CmsChecker checker) throws IOException {
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signatures = document.getSignatureDictionaries();
        }
        if (signatures.isEmpty()) {
            return SignatureReport.of(Verdict.INVALID, Reason.NO_SIGNATURE);
        }
        SignatureReport outermost = null;
        long outermostEnd = -1;
        for (PDSignature signature : signatures) {
            int[] range = signature.getByteRange();
            if (!wellFormed(range, pdf.length) || !SUB_FILTERS.contains(signature.getSubFilter())) {
                return SignatureReport.of(Verdict.INVALID, Reason.MALFORMED);
            }
            CMSSignedData signed;
            try {
                signed = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                        signature.getContents(pdf));
            } catch (Exception e) {
                return SignatureReport.of(Verdict.INVALID, Reason.MALFORMED);
            }
            SignatureReport report = checker.check(signed, Reason.TAMPERED, claimedTime(signature));
            if (!report.isValid()) {
                return report;
            }
            long end = (long) range[2] + range[3];
            if (end > outermostEnd) {
                outermost = report;
                outermostEnd = end;
            }
        }
        return outermostEnd == pdf.length ? outermost
                : outermost.withVerdict(Verdict.INDETERMINATE, Reason.NOT_WHOLE_DOCUMENT);
    }

    /** [0, a, b, c]: from the start, a gap for /Contents, then to at most the end of the file. */
    private static boolean wellFormed(int[] range, int length) {
        return range != null && range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                && range[3] >= 0 && (long) range[2] + range[3] <= length
                && range[2] - range[1] >= 2; // at least the '<' and '>' of an empty hex string
    }

    private static Instant claimedTime(PDSignature signature) {
        Calendar date = signature.getSignDate();
        return date == null ? null : date.toInstant();
    }
}
