package vn.lienthong.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The document types LienThong knows how to accept, each with the media types Tika detects and its extensions. */
public enum FileKind {
    PDF(Set.of("application/pdf"), "pdf"),
    DOC(Set.of("application/msword"), "doc"),
    DOCX(Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "docx"),
    XLS(Set.of("application/vnd.ms-excel"), "xls"),
    XLSX(Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx"),
    ODT(Set.of("application/vnd.oasis.opendocument.text"), "odt"),
    ODS(Set.of("application/vnd.oasis.opendocument.spreadsheet"), "ods"),
    RTF(Set.of("application/rtf"), "rtf"),
    TXT(Set.of("text/plain"), "txt"),
    PNG(Set.of("image/png"), "png"),
    JPEG(Set.of("image/jpeg"), "jpg", "jpeg"),
    GIF(Set.of("image/gif"), "gif"),
    TIFF(Set.of("image/tiff"), "tif", "tiff"),
    ZIP(Set.of("application/zip"), "zip");

    private final Set<String> mediaTypes;
    private final Set<String> extensions;

    FileKind(Set<String> mediaTypes, String... extensions) {
        this.mediaTypes = mediaTypes;
        this.extensions = Set.of(extensions);
    }

    /** The kind of a detected media type (parameters such as charset ignored). */
    public static Optional<FileKind> ofMediaType(String mediaType) {
        String base = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.mediaTypes.contains(base)).findFirst();
    }

    /** The kind a file name's extension claims, if it names one of ours. */
    public static Optional<FileKind> ofFileName(String fileName) {
        String extension = extensionOf(fileName);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
    }

    /** The lower-case extension of a file name, or "" when it has none. */
    public static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    /** Containers whose parts are checked for macros, encryption and depth before anything parses them. */
    public boolean isZipContainer() {
        return this == ZIP || this == DOCX || this == XLSX || this == ODT || this == ODS;
    }
}
