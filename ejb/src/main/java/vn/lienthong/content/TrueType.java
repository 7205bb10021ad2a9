package vn.lienthong.content;

import java.util.Objects;

/** What a file really is, by its bytes: the media type Tika detected and the accepted kind it stands for. */
public record TrueType(String mediaType, FileKind kind) {

    public TrueType {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(kind, "kind");
    }
}
