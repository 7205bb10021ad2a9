package vn.lienthong.signing.internal;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import vn.lienthong.signing.Reason;
import vn.lienthong.signing.SignatureReport;
import vn.lienthong.signing.TrustSettings;
import vn.lienthong.signing.Verdict;

import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Checks every signer of a CMS SignedData whose content is already attached: signature value, then path. */
public final class CmsChecker {

    /** Immutable lookup tables, costly to build: made once. */
    private static final DefaultCMSSignatureAlgorithmNameGenerator NAMES =
            new DefaultCMSSignatureAlgorithmNameGenerator();
    private static final DefaultSignatureAlgorithmIdentifierFinder ALGORITHMS =
            new DefaultSignatureAlgorithmIdentifierFinder();

    private final CertificatePaths paths;
    private final Clock clock;

    public CmsChecker(TrustSettings trust, Clock clock) {
        this.paths = new CertificatePaths(trust);
        this.clock = clock;
    }

    /**
     * @param mismatch    what a digest mismatch means here: TAMPERED, or WRONG_CONTENT for a mismatched pair of files
     * @param claimedTime the signing time from outside the CMS (a PDF's /M), used when no signed attribute has one
     * @return the first signer that is not VALID, else the first signer's report
     */
    public SignatureReport check(CMSSignedData signed, Reason mismatch, Instant claimedTime) {
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return SignatureReport.of(Verdict.INVALID, Reason.NO_SIGNATURE);
        }
        List<X509Certificate> supplied = certificates(signed.getCertificates().getMatches(null));
        SignatureReport first = null;
        for (SignerInformation signer : signers) {
            List<X509Certificate> own = certificates(signed.getCertificates().getMatches(signer.getSID()));
            SignatureReport report = own.isEmpty()
                    // Without the signer's certificate nothing can be said about who signed.
                    ? SignatureReport.of(Verdict.INDETERMINATE, Reason.UNTRUSTED)
                    : check(signer, own.get(0), supplied, mismatch, claimedTime);
            if (!report.isValid()) {
                return report;
            }
            first = first == null ? report : first;
        }
        return first;
    }

    private SignatureReport check(SignerInformation signer, X509Certificate certificate,
                                  List<X509Certificate> supplied, Reason mismatch, Instant claimedTime) {
        Instant signingTime = signingTime(signer);
        if (signingTime == null) {
            signingTime = claimedTime;
        }
        String name = Certificates.commonName(certificate);
        String organisation = Certificates.organisation(certificate);
        Reason signatureCheck = signatureValue(signer, certificate.getPublicKey(), mismatch);
        if (signatureCheck != Reason.OK) {
            return new SignatureReport(Verdict.INVALID, signatureCheck, name, organisation, signingTime, List.of());
        }
        return checkPath(certificate, supplied, signingTime);
    }

    /**
     * The verdict on an intact signature: whether its certificate chains to a trusted root and was good at the
     * signing time (now, when the signature claims none). XML signatures share it with CMS.
     */
    public SignatureReport checkPath(X509Certificate certificate, List<X509Certificate> supplied, Instant signingTime) {
        CertificatePaths.Result path = paths.validate(certificate, supplied,
                signingTime == null ? clock.instant() : signingTime);
        Verdict verdict = path.reason() == Reason.OK ? Verdict.VALID : Verdict.INVALID;
        return new SignatureReport(verdict, path.reason(), Certificates.commonName(certificate),
                Certificates.organisation(certificate), signingTime, path.chain());
    }

    /**
     * The verifier is built from the bare public key, not the certificate, so that Bouncy Castle does not reject an
     * expired certificate here: expiry is a path question, reported as EXPIRED rather than as a broken signature.
     * Signature maths runs in Bouncy Castle (fast ECDSA), digests in the JDK (fast SHA-256).
     */
    private static Reason signatureValue(SignerInformation signer, PublicKey key, Reason mismatch) {
        try {
            SignerInformationVerifier verifier = new SignerInformationVerifier(NAMES, ALGORITHMS,
                    new JcaContentVerifierProviderBuilder().setProvider(Crypto.BC).build(key), Crypto.digests());
            return signer.verify(verifier) ? Reason.OK : mismatch;
        } catch (CMSSignerDigestMismatchException e) {
            return mismatch;
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return Reason.MALFORMED;
        }
    }

    private static Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return null;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        return Time.getInstance(value).getDate().toInstant();
    }

    private static List<X509Certificate> certificates(Collection<X509CertificateHolder> holders) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : holders) {
            try {
                certificates.add(Certificates.toX509(holder));
            } catch (CertificateException e) {
                // An unreadable extra certificate cannot help build a path; the signer's own is checked for.
            }
        }
        return certificates;
    }
}
