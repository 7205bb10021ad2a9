package vn.lienthong.signing;

import vn.lienthong.signing.internal.CmsBuilder;

import java.time.Clock;
import java.util.Objects;

/**
 * Signs any file, or an appendix, with a detached CMS/CAdES signature ({@code .p7s}, DER): SHA-256, signing-time
 * and signing-certificate-v2 attributes, the agency's whole chain included. {@code openssl cms -verify} accepts it.
 * Thread-safe.
 */
public final class CmsSigner {

    private final SigningKey key;
    private final Clock clock;

    public CmsSigner(SigningKey key, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public byte[] signDetached(byte[] content) {
        return CmsBuilder.signDetached(key.privateKey(), key.chain(), content, clock.instant());
    }
}
