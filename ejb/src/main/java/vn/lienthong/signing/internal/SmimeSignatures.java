package vn.lienthong.signing.internal;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.mail.smime.SMIMESigned;
import vn.lienthong.signing.Reason;
import vn.lienthong.signing.SignatureReport;
import vn.lienthong.signing.Verdict;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/** Checks a signed email: multipart/signed (clear-signed) or application/pkcs7-mime (opaque). */
public final class SmimeSignatures {

    private static final Session SESSION = Session.getInstance(new Properties());

    /** RFC 5322 field names: printable ASCII without the colon. */
    private static final Pattern FIELD_NAME = Pattern.compile("[!-9;-~]+");

    private SmimeSignatures() {
    }

    /** Jakarta Mail parses anything as a message; garbage shows as no headers, or headers with impossible names. */
    private static boolean looksLikeMail(MimeMessage mime) throws MessagingException {
        List<Header> headers = Collections.list(mime.getAllHeaders());
        return !headers.isEmpty() && headers.stream().allMatch(h -> FIELD_NAME.matcher(h.getName()).matches());
    }

    public static SignatureReport check(byte[] message, CmsChecker checker)
            throws MessagingException, CMSException, SMIMEException, IOException {
        MimeMessage mime = new MimeMessage(SESSION, new ByteArrayInputStream(message));
        if (!looksLikeMail(mime)) {
            return SignatureReport.of(Verdict.INVALID, Reason.MALFORMED);
        }
        CMSSignedData signed;
        if (mime.isMimeType("multipart/signed")) {
            // SMIMESigned signs the first part in its canonical (CRLF) form, as RFC 8551 requires.
            signed = new SMIMESigned((MimeMultipart) mime.getContent());
        } else if (mime.isMimeType("application/pkcs7-mime") || mime.isMimeType("application/x-pkcs7-mime")) {
            signed = new SMIMESigned(mime);
        } else {
            return SignatureReport.of(Verdict.INVALID, Reason.NO_SIGNATURE);
        }
        return checker.check(signed, Reason.TAMPERED, null);
    }
}
