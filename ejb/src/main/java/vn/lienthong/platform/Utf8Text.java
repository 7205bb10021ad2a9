package vn.lienthong.platform;

/**
 * Uploaded text files are read as UTF-8. One saved in a legacy code page (Excel's plain "CSV" on Windows) decodes
 * with replacement characters where its accented letters were; storing those would garble Vietnamese names for good,
 * so importers refuse such a line and say why.
 */
public final class Utf8Text {

    private static final char REPLACEMENT = '\uFFFD';

    private Utf8Text() {
    }

    /** Whether any of the fields holds bytes that were not UTF-8 when the file was decoded. */
    public static boolean undecoded(Iterable<String> fields) {
        for (String field : fields) {
            if (field != null && field.indexOf(REPLACEMENT) >= 0) {
                return true;
            }
        }
        return false;
    }
}
