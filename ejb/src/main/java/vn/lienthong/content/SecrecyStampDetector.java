package vn.lienthong.content;

import vn.lienthong.exchange.Secrecy;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a secrecy stamp (dấu độ mật) in a document's text: {@code MẬT}, {@code TỐI MẬT} or {@code TUYỆT MẬT} in
 * capitals, standing alone on its line or in its own column (two or more spaces apart), possibly spaced out
 * ({@code M Ậ T}) or framed ({@code [ MẬT ]}), within the first lines of the document. Ordinary words such as
 * "bí mật", "mật khẩu", "MẬT KHẨU" or "BẢO MẬT THÔNG TIN" are never stamps.
 */
public final class SecrecyStampDetector {

    /** Non-blank lines examined by default: a stamp sits near the top of the first page. */
    public static final int DEFAULT_TOP_LINES = 20;

    private static final Map<String, Secrecy> STAMPS = Map.of(
            "MẬT", Secrecy.MAT, "TỐIMẬT", Secrecy.TOI_MAT, "TUYỆTMẬT", Secrecy.TUYET_MAT);
    private static final Pattern LINE = Pattern.compile("[^\\r\\n\\f]*(?:\\r\\n|[\\r\\n\\f]|$)");
    // Columns of a line are set apart by two spaces or more (tabs are made spaces first).
    private static final Pattern COLUMN_GAP = Pattern.compile("[ \\u00A0]{2,}");
    // What stamps are framed with, in text extracted from a box or a table.
    private static final String FRAMING = "[\\p{Z}\\s\\[\\](){}|│┃║═─━*#=_~\"'«»<>•·.:\\-–—]+";
    private static final Pattern FRAME = Pattern.compile("^" + FRAMING + "|" + FRAMING + "$");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");

    private final int topLines;

    public SecrecyStampDetector() {
        this(DEFAULT_TOP_LINES);
    }

    public SecrecyStampDetector(int topLines) {
        if (topLines < 1) {
            throw new IllegalArgumentException("topLines must be positive");
        }
        this.topLines = topLines;
    }

    /** The first stamp near the top of {@code text}, if any. */
    public Optional<SecrecyStamp> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher line = LINE.matcher(text);
        int lineNumber = 0;
        int nonBlank = 0;
        while (nonBlank < topLines && line.find() && line.start() < text.length()) {
            lineNumber++;
            String content = text.substring(line.start(), line.end()).stripTrailing();
            if (content.isBlank()) {
                continue;
            }
            nonBlank++;
            Optional<SecrecyStamp> stamp = stampIn(content, line.start(), lineNumber);
            if (stamp.isPresent()) {
                return stamp;
            }
        }
        return Optional.empty();
    }

    // The whole line first (a stamp spaced out wide: "M   Ậ   T"), then each column of it.
    private static Optional<SecrecyStamp> stampIn(String line, int lineStart, int lineNumber) {
        String columns = line.replace('\t', ' ');
        Optional<SecrecyStamp> whole = stamp(columns, 0, lineStart, lineNumber);
        if (whole.isPresent()) {
            return whole;
        }
        int at = 0;
        for (String column : COLUMN_GAP.split(columns)) {
            int start = columns.indexOf(column, at);
            at = start + column.length();
            Optional<SecrecyStamp> found = stamp(column, start, lineStart, lineNumber);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<SecrecyStamp> stamp(String column, int columnStart, int lineStart, int lineNumber) {
        String core = FRAME.matcher(column).replaceAll("");
        Secrecy level = STAMPS.get(SPACES.matcher(Normalizer.normalize(core, Normalizer.Form.NFC)).replaceAll(""));
        if (level == null || core.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SecrecyStamp(level, core, lineNumber, lineStart + columnStart + column.indexOf(core)));
    }
}
