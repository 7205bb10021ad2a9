package vn.lienthong.mail.internal;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;
import vn.lienthong.mail.SignerIdentity;
import vn.lienthong.mail.SmimeVerdict;
import vn.lienthong.mail.SmimeVerdict.Problem;
import vn.lienthong.mail.SmimeVerdict.Signature;
import vn.lienthong.mail.SmimeVerdict.Trust;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/** Bouncy Castle plumbing behind {@link vn.lienthong.mail.SmimeVerifier}. */
public final class SmimeChecks {

    private static final Session DETACHED = Session.getInstance(new Properties());

    private SmimeChecks() {
    }

    public static boolean isSigned(String contentType) {
        try {
            ContentType type = new ContentType(contentType);
            if (type.match("multipart/signed")) {
                String protocol = String.valueOf(type.getParameter("protocol")).toLowerCase(Locale.ROOT);
                return protocol.endsWith("pkcs7-signature");
            }
            if (type.match("application/pkcs7-mime") || type.match("application/x-pkcs7-mime")) {
                return "signed-data".equalsIgnoreCase(type.getParameter("smime-type"));
            }
            return false;
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    public static SmimeVerdict verify(MimeMessage message, List<X509Certificate> trustAnchors) {
        try {
            if (!isSigned(message.getContentType())) {
                return SmimeVerdict.NOT_SIGNED;
            }
            // The digest covers the exact bytes sent: work on the raw message, not on a provider's reconstruction.
            MimeMessage raw = reparse(message);
            SMIMESigned signed = raw.isMimeType("multipart/signed")
                    ? new SMIMESigned((MimeMultipart) raw.getContent())
                    : new SMIMESigned(raw);
            return verdict(signed, senders(message), trustAnchors);
        } catch (MessagingException | IOException | CMSException | SMIMEException | RuntimeException e) {
            return invalid(null, null, false, Problem.UNREADABLE, e.getMessage());
        }
    }

    /** A signed message's content as a part, unwrapped from an opaque signed-data envelope when needed. */
    public static jakarta.mail.internet.MimeBodyPart opaqueContent(MimeMessage message)
            throws MessagingException, IOException {
        try {
            return new SMIMESigned(reparse(message)).getContent();
        } catch (CMSException | SMIMEException e) {
            throw new MessagingException("unreadable signed-data", e);
        }
    }

    static MimeMessage reparse(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(DETACHED, new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static SmimeVerdict verdict(CMSSignedData signed, Set<String> senders, List<X509Certificate> anchors) {
        @SuppressWarnings("unchecked")
        Store<X509CertificateHolder> certificates = signed.getCertificates();
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return invalid(null, null, false, Problem.NO_SIGNER, null);
        }
        // Mail has one signer in practice; every signer must hold for the content to count as intact.
        SmimeVerdict verdict = null;
        for (SignerInformation signer : signers) {
            verdict = verdictFor(signer, certificates, senders, anchors);
            if (verdict.signature() != Signature.VALID) {
                return verdict;
            }
        }
        return verdict;
    }

    private static SmimeVerdict verdictFor(SignerInformation signer, Store<X509CertificateHolder> certificates,
                                           Set<String> senders, List<X509Certificate> anchors) {
        Instant signedAt = signingTime(signer);
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return invalid(null, signedAt, false, Problem.CERTIFICATE_MISSING, null);
        }
        X509CertificateHolder holder = matches.iterator().next();
        SignerIdentity identity = identity(holder);
        boolean matchesSender = identity.email() != null && senders.contains(identity.email().toLowerCase(Locale.ROOT));
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.PROVIDER).build(holder))) {
                return invalid(identity, signedAt, matchesSender, Problem.SIGNATURE_MISMATCH, null);
            }
        } catch (CMSSignerDigestMismatchException e) {
            return invalid(identity, signedAt, matchesSender, Problem.CONTENT_CHANGED, null);
        } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException e) {
            return invalid(identity, signedAt, matchesSender, Problem.VERIFICATION_FAILED, e.getMessage());
        }
        TrustProblem trustProblem = trustProblem(holder, certificates, anchors, signedAt);
        return trustProblem == null
                ? SmimeVerdict.of(Signature.VALID, Trust.TRUSTED, identity, signedAt, matchesSender, null, null)
                : SmimeVerdict.of(Signature.VALID, Trust.UNTRUSTED, identity, signedAt, matchesSender,
                trustProblem.reason(), trustProblem.detail());
    }

    private static SmimeVerdict invalid(SignerIdentity identity, Instant signedAt, boolean matchesSender,
                                        Problem reason, String detail) {
        return SmimeVerdict.of(Signature.INVALID, Trust.NOT_CHECKED, identity, signedAt, matchesSender, reason, detail);
    }

    private record TrustProblem(Problem reason, String detail) {
    }

    /**
     * PKIX path from the signer to an anchor, at the signing time when claimed. Revocation is not checked: the
     * server cannot be assumed to reach the CAs' CRL or OCSP endpoints.
     */
    private static TrustProblem trustProblem(X509CertificateHolder signer, Store<X509CertificateHolder> certificates,
                                       List<X509Certificate> anchors, Instant signedAt) {
        if (anchors.isEmpty()) {
            return new TrustProblem(Problem.NO_TRUST_ANCHORS, null);
        }
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate target = converter.getCertificate(signer);
            if (anchors.contains(target)) {
                return null;
            }
            Set<TrustAnchor> trustAnchors = new HashSet<>();
            anchors.forEach(a -> trustAnchors.add(new TrustAnchor(a, null)));
            List<X509Certificate> intermediates = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = certificates.getMatches(null);
            for (X509CertificateHolder h : all) {
                intermediates.add(converter.getCertificate(h));
            }
            X509CertSelector selector = new X509CertSelector();
            selector.setCertificate(target);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, selector);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(intermediates)));
            parameters.setRevocationEnabled(false);
            if (signedAt != null) {
                parameters.setDate(Date.from(signedAt));
            }
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return null;
        } catch (GeneralSecurityException e) {
            return new TrustProblem(Problem.NO_TRUSTED_PATH, e.getMessage());
        }
    }

    private static Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static SignerIdentity identity(X509CertificateHolder holder) {
        X500Name subject = holder.getSubject();
        String email = null;
        Extension san = holder.getExtension(Extension.subjectAlternativeName);
        if (san != null) {
            for (GeneralName name : GeneralNames.getInstance(san.getParsedValue()).getNames()) {
                if (name.getTagNo() == GeneralName.rfc822Name) {
                    email = name.getName().toString();
                    break;
                }
            }
        }
        if (email == null) {
            email = first(subject, BCStyle.EmailAddress);
        }
        return new SignerIdentity(first(subject, BCStyle.CN), email, first(subject, BCStyle.O), holder.getIssuer().toString());
    }

    private static String first(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return IETFUtils.valueToString(value);
    }

    private static Set<String> senders(MimeMessage message) throws MessagingException {
        Set<String> senders = new HashSet<>();
        Address[] from = message.getFrom();
        if (from != null) {
            for (Address address : from) {
                if (address instanceof InternetAddress internet) {
                    senders.add(internet.getAddress().toLowerCase(Locale.ROOT));
                }
            }
        }
        return senders;
    }
}
