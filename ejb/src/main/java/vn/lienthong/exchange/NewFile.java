package vn.lienthong.exchange;

import java.util.Objects;

/** A file to add to a draft: its role, the name the clerk gave it, and its bytes. */
public record NewFile(FileRole role, String fileName, byte[] content) {

    public NewFile {
        Objects.requireNonNull(role, "role");
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
