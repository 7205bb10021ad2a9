package vn.lienthong.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.smime.SMIMECapabilitiesAttribute;
import org.bouncycastle.asn1.smime.SMIMECapability;
import org.bouncycastle.asn1.smime.SMIMECapabilityVector;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.mail.smime.SMIMESignedGenerator;
import vn.lienthong.mail.internal.Bc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Properties;
import java.util.Objects;

/**
 * Signs outgoing mail as multipart/signed (clear-signed, so that readers without S/MIME still see the text), with a
 * leader's or the demo's key and certificate chain. Thread-safe.
 */
public final class SmimeSigner {

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    /** @param chain the signer's certificate first, then its issuers (the root may be left out) */
    public SmimeSigner(PrivateKey key, List<X509Certificate> chain) {
        this.key = Objects.requireNonNull(key, "key");
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("the chain needs at least the signer's certificate");
        }
    }

    /**
     * A new message with the same headers whose body is the original body plus a detached signature. The message is
     * written out once and read back: Bouncy Castle computes the signature each time the body is written, and an
     * ECDSA signature differs (in bytes and sometimes in length) every time, so the copy filed in Sent by IMAP
     * APPEND, which writes the message twice to count its length first, would otherwise not match its own literal.
     */
    public MimeMessage sign(MimeMessage message) throws MessagingException {
        MimeMultipart signed = signedBody(bodyOf(message));
        MimeMessage out = new MimeMessage(message);
        out.setContent(signed, signed.getContentType());
        // The original body's transfer encoding does not apply to the multipart around it.
        out.removeHeader("Content-Transfer-Encoding");
        out.saveChanges();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.writeTo(bytes);
            return new FrozenMessage(bytes.toByteArray());
        } catch (IOException e) {
            throw new MessagingException("S/MIME signing failed", e);
        }
    }

    /** A signed message as written once; its Message-ID stays the one it was given when signed. */
    private static final class FrozenMessage extends MimeMessage {

        FrozenMessage(byte[] bytes) throws MessagingException {
            super(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        }

        @Override
        protected void updateMessageID() {
            // keep the signed one
        }
    }

    /** The multipart/signed body for this content part; exposed for callers that build their own message. */
    public MimeMultipart signedBody(MimeBodyPart content) throws MessagingException {
        try {
            SMIMECapabilityVector capabilities = new SMIMECapabilityVector();
            capabilities.addCapability(SMIMECapability.aES256_CBC);
            capabilities.addCapability(SMIMECapability.aES128_CBC);
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new SMIMECapabilitiesAttribute(capabilities));

            SMIMESignedGenerator generator = new SMIMESignedGenerator();
            generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .setProvider(Bc.PROVIDER)
                    .setSignedAttributeGenerator(new AttributeTable(attributes))
                    .build(algorithm(), key, chain.get(0)));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(content);
        } catch (Exception e) {
            throw new MessagingException("S/MIME signing failed", e);
        }
    }

    private String algorithm() {
        return switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalStateException("unsupported key algorithm " + key.getAlgorithm());
        };
    }

    private static MimeBodyPart bodyOf(MimeMessage message) throws MessagingException {
        try {
            MimeBodyPart body = new MimeBodyPart();
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                body.setContent(multipart);
            } else {
                body.setContent(content, message.getContentType());
            }
            return body;
        } catch (IOException e) {
            throw new MessagingException("unreadable message body", e);
        }
    }
}
