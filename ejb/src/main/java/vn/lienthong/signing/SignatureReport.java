package vn.lienthong.signing;

import java.io.Serializable;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a verification found: the verdict and its reason, who signed (from the signer's certificate), when (the
 * signed signing-time attribute or the PDF's /M entry, as the signer claims it), and the chain from the signer's
 * certificate up to the trusted root when one was found.
 *
 * @param signerName         the signer certificate's common name, or empty when no certificate could be read
 * @param signerOrganisation the signer certificate's organisation (O), or empty
 * @param signingTime        the claimed signing time, or {@code null} when the signature carries none
 * @param chain              signer first, trusted root last; empty when no path was found
 */
public record SignatureReport(Verdict verdict, Reason reason, String signerName, String signerOrganisation,
                              Instant signingTime, List<X509Certificate> chain) implements Serializable {

    public SignatureReport {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        signerName = signerName == null ? "" : signerName;
        signerOrganisation = signerOrganisation == null ? "" : signerOrganisation;
        chain = List.copyOf(chain);
    }

    /** A verdict about a file in which no signer could even be identified. */
    public static SignatureReport of(Verdict verdict, Reason reason) {
        return new SignatureReport(verdict, reason, "", "", null, List.of());
    }

    public Optional<Instant> signedAt() {
        return Optional.ofNullable(signingTime);
    }

    public boolean isValid() {
        return verdict == Verdict.VALID;
    }

    /** The same signer facts with another verdict: a later check (the PDF byte range) may overrule an earlier one. */
    public SignatureReport withVerdict(Verdict newVerdict, Reason newReason) {
        return new SignatureReport(newVerdict, newReason, signerName, signerOrganisation, signingTime, chain);
    }
}
