package vn.lienthong.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import vn.lienthong.mail.internal.SmimeChecks;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/**
 * Checks S/MIME signatures (multipart/signed and application/pkcs7-mime signed-data) with Bouncy Castle's mail module.
 * Thread-safe; build one per set of trust anchors.
 */
public final class SmimeVerifier {

    private final List<X509Certificate> trustAnchors;

    /** @param trustAnchors the root certificates whose signers the agency trusts; may be empty */
    public SmimeVerifier(Collection<X509Certificate> trustAnchors) {
        this.trustAnchors = List.copyOf(trustAnchors);
    }

    /** Never throws for a bad signature: a broken or tampered message is a verdict, not an error. */
    public SmimeVerdict verify(MimeMessage message) {
        return SmimeChecks.verify(message, trustAnchors);
    }

    /** Whether the part carries an S/MIME signature, judged by its content type alone (no download). */
    public static boolean isSigned(Part part) throws MessagingException {
        return SmimeChecks.isSigned(part.getContentType());
    }
}
