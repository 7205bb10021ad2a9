package vn.lienthong.web.api.signing;

import vn.lienthong.platform.Messages;
import vn.lienthong.signing.CertificateSummary;
import vn.lienthong.signing.SignatureReport;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A verification report as the API shows it: the verdict and reason as codes (for machines) and as sentences in the
 * reader's language, the signer, the claimed signing time, and the chain from the signer up to the trusted root.
 */
public record SignatureReportView(String verdict, String verdictText, String reason, String reasonText,
                                  String signerName, String signerOrganisation, Instant signingTime,
                                  List<CertificateSummary> chain) {

    public static SignatureReportView of(SignatureReport report, Locale locale) {
        return new SignatureReportView(report.verdict().name(), Messages.format(locale, report.verdict().messageKey()),
                report.reason().name(), Messages.format(locale, report.reason().messageKey()),
                report.signerName(), report.signerOrganisation(), report.signingTime(),
                report.chain().stream().map(CertificateSummary::of).toList());
    }
}
