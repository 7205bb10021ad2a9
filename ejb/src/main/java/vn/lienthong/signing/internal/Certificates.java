package vn.lienthong.signing.internal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/** Conversions between Bouncy Castle's certificate holders and the JDK's, and reading names out of them. */
public final class Certificates {

    private Certificates() {
    }

    /** The JDK's factory: certificates it makes work with the JDK's PKIX validator. */
    public static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509");
    }

    public static X509Certificate toX509(X509CertificateHolder holder) throws CertificateException {
        try {
            return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        } catch (IOException e) {
            throw new CertificateException(e);
        }
    }

    public static String commonName(X509Certificate certificate) {
        return attribute(certificate, BCStyle.CN);
    }

    public static String organisation(X509Certificate certificate) {
        return attribute(certificate, BCStyle.O);
    }

    /** The first value of a subject attribute, decoded from UTF8String so that Vietnamese names keep their marks. */
    private static String attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
