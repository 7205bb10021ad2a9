package vn.lienthong.web.api.exchange;

import vn.lienthong.content.FileKind;
import vn.lienthong.exchange.DocumentFile;

/**
 * A file of a document as the API shows it; {@code refusal} is set (and the file cannot be opened) when content
 * inspection refused a received file. {@code href} opens it.
 */
public record DocumentFileView(long id, String role, String fileName, long size, String sha256, String mediaType,
                               String kind, String extraction, String refusal, String href) {

    static DocumentFileView of(DocumentFile f) {
        return new DocumentFileView(f.id(), f.role().name(), f.fileName(), f.size(), f.sha256(),
                f.mediaType().orElse(null), f.kind().map(FileKind::name).orElse(null), f.extraction().name(),
                f.refusal().map(Enum::name).orElse(null), "/lienthong/api/files/" + f.id());
    }
}
