package vn.lienthong.exchange.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.lienthong.exchange.RegisterSheet;
import vn.lienthong.platform.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The register as a PDF: landscape A4, the ten columns with wrapped text and the heading row repeated on each page.
 * Vietnamese needs a Unicode font, so DejaVu Sans is embedded (subset); PDFBox's standard 14 fonts cannot draw it.
 */
public final class RegisterPdf {

    private static final float MARGIN = 28;
    private static final float FONT_SIZE = 7.5f;
    private static final float LEADING = 9.5f;
    private static final float PADDING = 3;
    /**
     * Relative widths of the ten columns: the subject and the recipients need the most room, and a date column must
     * hold "dd/MM/yyyy" on one line (at 0.9 of the outgoing register's 14.6 it wrapped the year's last digit).
     */
    private static final float[] OUTGOING_WEIGHTS = {1.1f, 1.0f, 2.8f, 1.5f, 2.2f, 1.3f, 0.7f, 1.0f, 1.4f, 1.6f};
    private static final float[] INCOMING_WEIGHTS = {0.9f, 0.6f, 1.8f, 1.1f, 0.9f, 3.0f, 1.4f, 0.9f, 1.1f, 1.5f};

    private RegisterPdf() {
    }

    public static byte[] render(RegisterSheet sheet) {
        try (PDDocument pdf = new PDDocument()) {
            PDFont regular = PdfFonts.regular(pdf);
            PDFont bold = PdfFonts.bold(pdf);
            new Layout(pdf, regular, bold, widths(sheet)).write(sheet);
            pdf.getDocumentInformation().setTitle(sheet.title() + " – " + sheet.agencyName());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] widths(RegisterSheet sheet) {
        float[] weights = sheet.kind() == vn.lienthong.exchange.RegisterKind.INCOMING ? INCOMING_WEIGHTS : OUTGOING_WEIGHTS;
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float usable = PDRectangle.A4.getHeight() - 2 * MARGIN;
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = usable * weights[i] / total;
        }
        return widths;
    }

    /** Splits text into lines that fit {@code width}, breaking at spaces, and inside words only when one is too long. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (textWidth(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Writes rows top to bottom, opening a new page (with the heading row again) when one does not fit. */
    private static final class Layout {
        private final PDDocument pdf;
        private final PDFont regular;
        private final PDFont bold;
        private final float[] widths;
        private PDPageContentStream content;
        private float y;
        private int pages;

        Layout(PDDocument pdf, PDFont regular, PDFont bold, float[] widths) {
            this.pdf = pdf;
            this.regular = regular;
            this.bold = bold;
            this.widths = widths;
        }

        void write(RegisterSheet sheet) throws IOException {
            newPage(sheet);
            if (sheet.rows().isEmpty()) {
                text("Sổ chưa có văn bản nào trong năm " + sheet.year() + ".", regular, FONT_SIZE + 1, MARGIN, y - 12);
            }
            for (List<String> row : sheet.rows()) {
                List<List<String>> cells = cells(row, regular);
                if (y - height(cells) < MARGIN + 14) {
                    newPage(sheet);
                }
                drawRow(cells, regular);
            }
            closePage();
        }

        private void newPage(RegisterSheet sheet) throws IOException {
            closePage();
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            pdf.addPage(page);
            pages++;
            content = new PDPageContentStream(pdf, page);
            y = page.getMediaBox().getHeight() - MARGIN;
            text(sheet.agencyName().toUpperCase(java.util.Locale.forLanguageTag("vi")), bold, 9, MARGIN, y - 9);
            text(sheet.title(), bold, 12, MARGIN, y - 26);
            text("Trang " + pages, regular, FONT_SIZE, page.getMediaBox().getWidth() - MARGIN - 40, MARGIN - 14);
            y -= 36;
            drawRow(cells(sheet.columns(), bold), bold);
        }

        private void closePage() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        private List<List<String>> cells(List<String> row, PDFont font) throws IOException {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(wrap(row.get(i) == null ? "" : row.get(i), font, FONT_SIZE, widths[i] - 2 * PADDING));
            }
            return cells;
        }

        private static float height(List<List<String>> cells) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return lines * LEADING + 2 * PADDING;
        }

        private void drawRow(List<List<String>> cells, PDFont font) throws IOException {
            float rowHeight = height(cells);
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                content.addRect(x, y - rowHeight, widths[i], rowHeight);
                float lineY = y - PADDING - FONT_SIZE;
                for (String line : cells.get(i)) {
                    text(line, font, FONT_SIZE, x + PADDING, lineY);
                    lineY -= LEADING;
                }
                x += widths[i];
            }
            content.setLineWidth(0.5f);
            content.stroke();
            y -= rowHeight;
        }

        private void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }
    }
}
