package vn.lienthong.signing;

import java.util.Objects;
import java.util.Optional;

/**
 * A file as it travels once signed: a PDF with its PAdES signature inside ({@code detachedSignature} empty), or any
 * other file unchanged with its detached CMS signature beside it ({@code <file name>.p7s}).
 *
 * @param content           the bytes to send and store
 * @param detachedSignature the {@code .p7s} (DER), or {@code null} when the signature is inside the content
 * @param signatureFileName the {@code .p7s} file's name, or {@code null} likewise
 */
public record SignedFile(byte[] content, byte[] detachedSignature, String signatureFileName) {

    public SignedFile {
        Objects.requireNonNull(content, "content");
        if ((detachedSignature == null) != (signatureFileName == null)) {
            throw new IllegalArgumentException("A detached signature needs its file name, and only then");
        }
    }

    public static SignedFile embedded(byte[] content) {
        return new SignedFile(content, null, null);
    }

    public static SignedFile detached(byte[] content, byte[] signature, String signatureFileName) {
        return new SignedFile(content, Objects.requireNonNull(signature, "signature"), signatureFileName);
    }

    public Optional<byte[]> signature() {
        return Optional.ofNullable(detachedSignature);
    }

    public boolean isDetached() {
        return detachedSignature != null;
    }
}
