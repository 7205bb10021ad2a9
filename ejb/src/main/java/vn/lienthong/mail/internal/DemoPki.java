package vn.lienthong.mail.internal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A throw-away certificate authority and one signer certificate, for the demo mailbox and tests. Never for
 * production: the keys live only in memory.
 *
 * @param root      the demo CA's self-signed certificate, the trust anchor
 * @param signerKey the signer's private key
 * @param signer    the signer's certificate, issued by {@code root}, valid for e-mail protection
 */
public record DemoPki(X509Certificate root, PrivateKey signerKey, X509Certificate signer) {

    public List<X509Certificate> chain() {
        return List.of(signer, root);
    }

    public static DemoPki create(String signerName, String email, String organisation, Instant now) {
        try {
            KeyPair rootKeys = ecKeys();
            KeyPair signerKeys = ecKeys();
            X500Name rootName = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, "LienThong Demo CA").addRDN(BCStyle.O, "LienThong (demo)").addRDN(BCStyle.C, "VN").build();
            X500Name signerName500 = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, signerName).addRDN(BCStyle.O, organisation).addRDN(BCStyle.C, "VN").build();
            Date from = Date.from(now.minus(Duration.ofDays(1)));
            Date to = Date.from(now.plus(Duration.ofDays(3650)));

            X509v3CertificateBuilder rootBuilder = new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE, from, to,
                    rootName, rootKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate root = sign(rootBuilder, rootKeys.getPrivate());

            X509v3CertificateBuilder signerBuilder = new JcaX509v3CertificateBuilder(rootName, BigInteger.TWO, from, to,
                    signerName500, signerKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection))
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(new GeneralName(GeneralName.rfc822Name, email)));
            return new DemoPki(root, signerKeys.getPrivate(), sign(signerBuilder, rootKeys.getPrivate()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the demo certificates", e);
        }
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(Bc.PROVIDER).build(issuerKey)));
    }
}
