package vn.lienthong.signing.internal;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Builds detached CAdES-B-B SignedData: SHA-256, signing-certificate-v2 binding the signer's certificate, the whole
 * chain included. The signing-time attribute is optional because PAdES forbids it (the PDF's /M carries the time).
 */
public final class CmsBuilder {

    private CmsBuilder() {
    }

    /** @param signingTime the signing-time attribute's value, or {@code null} to leave the attribute out */
    public static byte[] signDetached(PrivateKey key, List<X509Certificate> chain, byte[] content,
                                      Instant signingTime) {
        return signDetached(key, chain, new CMSProcessableByteArray(content), signingTime);
    }

    /** As {@link #signDetached(PrivateKey, List, byte[], Instant)}, digesting the stream without copying it first. */
    public static byte[] signDetached(PrivateKey key, List<X509Certificate> chain, InputStream content,
                                      Instant signingTime) {
        return signDetached(key, chain, new StreamContent(content), signingTime);
    }

    private static byte[] signDetached(PrivateKey key, List<X509Certificate> chain, CMSTypedData content,
                                       Instant signingTime) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo(key, chain, signingTime));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(content, false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            // The key and chain were read and checked when the keystore was loaded: failing now is a system fault.
            throw new IllegalStateException("Cannot sign with " + chain.get(0).getSubjectX500Principal(), e);
        }
    }

    private static SignerInfoGenerator signerInfo(PrivateKey key, List<X509Certificate> chain, Instant signingTime)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X509Certificate signer = chain.get(0);
        ContentSigner contentSigner = new JcaContentSignerBuilder(Crypto.sha256SignatureAlgorithm(key.getAlgorithm()))
                .setProvider(Crypto.BC).build(key);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(signingCertificateV2(signer));
        if (signingTime != null) {
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
        }
        CMSAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
        // The standard generator adds a signing time of "now" when none is given; PAdES needs it absent.
        CMSAttributeTableGenerator signed = signingTime != null ? standard
                : parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
        return new JcaSignerInfoGeneratorBuilder(Crypto.digests())
                .setSignedAttributeGenerator(signed)
                .build(contentSigner, signer);
    }

    /** Detached content read once, straight into the digest. */
    private record StreamContent(InputStream in) implements CMSTypedData {
        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }

    /** ESS signing-certificate-v2 (RFC 5035): the SHA-256 of the signer's certificate, with its issuer and serial. */
    private static Attribute signingCertificateV2(X509Certificate signer) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(signer.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(signer.getIssuerX500Principal().getEncoded()))),
                signer.getSerialNumber());
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial))));
    }
}
