package vn.lienthong.signing.internal;

import vn.lienthong.signing.Reason;

import java.util.Locale;
import java.util.Map;

/**
 * Tells a changed file from a wrong one when a detached signature's digest does not match. A CMS signature does not
 * say what kind of file it was made for, but its file name does by convention ({@code congvan.docx.p7s},
 * {@code congvan.docx.sotttt.p7s}): when that names another kind of file than the content really is, the clerk paired
 * the wrong files; otherwise the content changed after signing.
 */
public final class ContentPairing {

    private enum Family { PDF, ZIP, OLE, TEXT }

    private static final Map<String, Family> EXTENSIONS = Map.ofEntries(
            Map.entry("pdf", Family.PDF),
            Map.entry("docx", Family.ZIP), Map.entry("xlsx", Family.ZIP), Map.entry("pptx", Family.ZIP),
            Map.entry("odt", Family.ZIP), Map.entry("ods", Family.ZIP), Map.entry("zip", Family.ZIP),
            Map.entry("doc", Family.OLE), Map.entry("xls", Family.OLE), Map.entry("ppt", Family.OLE),
            Map.entry("txt", Family.TEXT), Map.entry("xml", Family.TEXT), Map.entry("csv", Family.TEXT));

    private ContentPairing() {
    }

    public static Reason mismatch(String signatureName, byte[] content) {
        Family named = named(signatureName);
        Family actual = sniff(content);
        return named != null && actual != null && named != actual ? Reason.WRONG_CONTENT : Reason.TAMPERED;
    }

    /** The last known extension among the name's dot-separated parts, after the base name. */
    private static Family named(String signatureName) {
        if (signatureName == null) {
            return null;
        }
        String[] parts = signatureName.toLowerCase(Locale.ROOT).split("\\.");
        Family found = null;
        for (int i = 1; i < parts.length; i++) {
            found = EXTENSIONS.getOrDefault(parts[i], found);
        }
        return found;
    }

    private static Family sniff(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F')) {
            return Family.PDF;
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return Family.ZIP;
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Family.OLE;
        }
        for (int i = 0; i < Math.min(content.length, 1024); i++) {
            int b = content[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                return null;
            }
        }
        return Family.TEXT;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
