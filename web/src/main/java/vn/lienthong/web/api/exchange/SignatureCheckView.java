package vn.lienthong.web.api.exchange;

import vn.lienthong.exchange.SignatureCheck;
import vn.lienthong.platform.Messages;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What checking one received file's signature (or the edXML envelope's, {@code fileId} null) found on arrival: the
 * verdict and reason as codes and in the reader's language, the signer, the claimed signing time, and the chain from
 * the signer up to the trusted root ("name — organisation" per certificate).
 */
public record SignatureCheckView(Long fileId, String name, String verdict, String verdictText, String reason,
                                 String reasonText, String signerName, String signerOrganisation, Instant signingTime,
                                 List<String> chain, Instant checkedAt) {

    static SignatureCheckView of(SignatureCheck c, Locale locale) {
        return new SignatureCheckView(c.fileId().orElse(null), c.checkedName(), c.verdict().name(),
                Messages.format(locale, c.verdict().messageKey()), c.reason().name(),
                Messages.format(locale, c.reason().messageKey()), c.signerName(), c.signerOrganisation(),
                c.signingTime().orElse(null), c.chain(), c.checkedAt());
    }
}
