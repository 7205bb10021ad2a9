package vn.lienthong.signing;

import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.signing.internal.XmlSignatures;

import java.util.Objects;

/**
 * Signs an edXML package (QCVN 102:2016) with an enveloped XMLDSig {@code Signature} over the whole envelope, as
 * packages on the national platform carry one. {@link SignatureVerifier#verifyEnvelope} checks it. Thread-safe.
 */
public final class EnvelopeSigner {

    private final SigningKey key;

    public EnvelopeSigner(SigningKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** @throws InvalidInputException when the bytes are not well-formed XML */
    public byte[] sign(byte[] edxml) {
        try {
            return XmlSignatures.sign(key.privateKey(), key.chain(), edxml);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("signature.envelope.unreadable");
        }
    }
}
