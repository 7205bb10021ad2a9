package vn.lienthong.mail.internal;

import java.text.Normalizer;

/** File names from mail are the sender's choice: strip what could escape a folder or a header. */
public final class FileNames {

    private FileNames() {
    }

    public static String safe(String name) {
        if (name == null || name.isBlank()) {
            return "tep-dinh-kem";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_")
                .replaceAll("^[.\\s]+", "")
                .strip();
        if (base.length() > 150) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
            base = base.substring(0, 150 - extension.length()) + extension;
        }
        return base.isEmpty() ? "tep-dinh-kem" : base;
    }
}
