package vn.lienthong.platform;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts that every PDF LienThong writes embeds: DejaVu Sans covers Vietnamese diacritics, which the
 * standard 14 PDF fonts do not. One copy ships, in this package's resources.
 */
public final class PdfFonts {

    private PdfFonts() {
    }

    public static PDType0Font regular(PDDocument document) throws IOException {
        return load(document, "DejaVuSans.ttf");
    }

    public static PDType0Font bold(PDDocument document) throws IOException {
        return load(document, "DejaVuSans-Bold.ttf");
    }

    private static PDType0Font load(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the application");
            }
            return PDType0Font.load(document, in);
        }
    }
}
