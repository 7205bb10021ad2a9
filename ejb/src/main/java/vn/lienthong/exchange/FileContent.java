package vn.lienthong.exchange;

import java.util.Objects;

/** A file with its bytes, as it is opened or handed to a signer. */
public record FileContent(DocumentFile file, byte[] bytes) {

    public FileContent {
        Objects.requireNonNull(file, "file");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The type to serve it as: the true type found at upload, never what a sender declared. */
    public String mediaType() {
        return file.mediaType().orElse("application/octet-stream");
    }
}
