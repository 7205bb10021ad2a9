package vn.lienthong.signing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Which kind of signed file some bytes are, told by their content alone (never by a name a sender chose). */
public final class SignedForms {

    public enum Form { PDF, SMIME, CMS, OTHER }

    private static final int HEAD = 8192;

    private SignedForms() {
    }

    public static Form of(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, HEAD), StandardCharsets.ISO_8859_1);
        // A PDF header may follow up to 1 KB of other bytes (ISO 32000-1, annex H), as readers accept.
        int pdf = head.indexOf("%PDF-");
        if (pdf >= 0 && pdf < 1024) {
            return Form.PDF;
        }
        if (content.length > 1 && (content[0] & 0xFF) == 0x30 && (content[1] & 0xFF) >= 0x80) {
            return Form.CMS; // a DER SEQUENCE with a long length: what a .p7m starts with
        }
        String lower = head.toLowerCase(Locale.ROOT);
        int headersEnd = lower.indexOf("\r\n\r\n") >= 0 ? lower.indexOf("\r\n\r\n") : lower.indexOf("\n\n");
        String headers = headersEnd < 0 ? lower : lower.substring(0, headersEnd);
        if (headers.contains("content-type:") && (headers.contains("multipart/signed")
                || headers.contains("application/pkcs7-mime") || headers.contains("application/x-pkcs7-mime"))) {
            return Form.SMIME;
        }
        return Form.OTHER;
    }

    /** A signature file as DER: OpenSSL writes PEM ({@code -----BEGIN PKCS7-----}) unless told otherwise. */
    public static byte[] der(byte[] signature) {
        String head = new String(signature, 0, Math.min(signature.length, 64), StandardCharsets.US_ASCII);
        if (!head.startsWith("-----BEGIN")) {
            return signature;
        }
        String text = new String(signature, StandardCharsets.US_ASCII);
        int start = text.indexOf('\n');
        int end = text.indexOf("-----END");
        if (start < 0 || end < start) {
            return signature; // left to the CMS parser to call MALFORMED
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(start + 1, end));
        } catch (IllegalArgumentException e) {
            return signature;
        }
    }
}
