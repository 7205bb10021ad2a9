package vn.lienthong.adoption.internal.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.lienthong.adoption.AdoptionReport;
import vn.lienthong.platform.PdfFonts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * PDF (A4 landscape): the heading with the policy in full, three charts drawn as vector bars (regular use by agency,
 * electronic share by agency, the monthly trend, each against the 100% target), then the tables, paged.
 * DejaVu Sans is embedded for Vietnamese.
 */
public final class ReportPdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final Color REGULAR = new Color(0x1f, 0x6f, 0xb2);
    private static final Color ELECTRONIC = new Color(0x2e, 0x9d, 0x5b);
    private static final Color TARGET = new Color(0xc6, 0x28, 0x28);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    private final PDDocument document;
    private final PDType0Font font;
    private final PDType0Font bold;
    private PDPageContentStream out;
    private float y;

    private ReportPdf(PDDocument document) throws IOException {
        this.document = document;
        this.font = PdfFonts.regular(document);
        this.bold = PdfFonts.bold(document);
    }

    public static byte[] write(ReportTables tables) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(tables.title());
            info.setCreator("LienThong");
            ReportPdf pdf = new ReportPdf(document);
            pdf.render(tables);
            pdf.out.close();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(ReportTables tables) throws IOException {
        newPage();
        text(bold, 15, MARGIN, tables.title());
        y -= 6;
        for (String line : tables.heading()) {
            for (String wrapped : wrap(line, font, 9.5f, PAGE.getWidth() - 2 * MARGIN)) {
                text(font, 9.5f, MARGIN, wrapped);
            }
        }
        AdoptionReport report = tables.report();
        List<AdoptionReport.AgencyFigures> agencies = report.agencies();
        float half = (PAGE.getWidth() - 2 * MARGIN - 24) / 2;
        float chartHeight = Math.min(260, Math.max(90, agencies.size() * 16 + 40));
        if (y - chartHeight < MARGIN) {
            newPage();
        }
        float top = y - 8;
        bars(MARGIN, top, half, chartHeight, tables.text("adoption.export.chart.regular"), agencies,
                AdoptionReport.AgencyFigures::regularShare, REGULAR, tables);
        bars(MARGIN + half + 24, top, half, chartHeight, tables.text("adoption.export.chart.electronic"), agencies,
                AdoptionReport.AgencyFigures::electronicShare, ELECTRONIC, tables);
        y = top - chartHeight - 12;
        if (y - 170 < MARGIN) {
            newPage();
        }
        trend(MARGIN, y, PAGE.getWidth() - 2 * MARGIN, 160, tables);
        y -= 180;
        for (ReportTables.Table table : tables.tables()) {
            table(table, tables);
        }
    }

    /** Horizontal bars, one per agency, on a 0–100 scale with the target line at 100. */
    private void bars(float x, float top, float width, float height, String title,
                      List<AdoptionReport.AgencyFigures> agencies,
                      Function<AdoptionReport.AgencyFigures, Double> share, Color color, ReportTables tables)
            throws IOException {
        textAt(bold, 10, x, top, title);
        float labelWidth = width * 0.42f;
        float plotX = x + labelWidth;
        float plotWidth = width - labelWidth - 34;
        float rowHeight = Math.min(16, (height - 30) / Math.max(1, agencies.size()));
        float rowTop = top - 18;
        grid(plotX, rowTop, plotWidth, rowHeight * agencies.size());
        for (AdoptionReport.AgencyFigures agency : agencies) {
            String label = fit(agency.name(), font, 7.5f, labelWidth - 4);
            textAt(font, 7.5f, x, rowTop - rowHeight + 4, label);
            Double value = share.apply(agency);
            if (value != null) {
                fill(color, plotX, rowTop - rowHeight + 3, (float) (plotWidth * value / 100), rowHeight - 6);
            }
            textAt(font, 7.5f, plotX + plotWidth + 4, rowTop - rowHeight + 4,
                    value == null ? "–" : tables.percentText(value, 0));
            rowTop -= rowHeight;
        }
        line(TARGET, plotX + plotWidth, top - 16, plotX + plotWidth, rowTop);
    }

    /** Two bars per month (regular use, electronic share), on a 0–100 scale. */
    private void trend(float x, float top, float width, float height, ReportTables tables) throws IOException {
        List<AdoptionReport.MonthFigures> months = tables.report().trend();
        textAt(bold, 10, x, top, tables.text("adoption.export.chart.trend"));
        float plotTop = top - 16;
        float plotHeight = height - 40;
        float base = plotTop - plotHeight;
        for (int p = 0; p <= 100; p += 25) {
            float gy = base + plotHeight * p / 100;
            line(p == 100 ? TARGET : GRID, x + 24, gy, x + width, gy);
            textAt(font, 7, x, gy - 2, p + "%");
        }
        float slot = (width - 30) / Math.max(1, months.size());
        float bar = Math.min(18, slot / 3);
        for (int i = 0; i < months.size(); i++) {
            AdoptionReport.MonthFigures m = months.get(i);
            float sx = x + 28 + i * slot + (slot - 2 * bar) / 2;
            if (m.regularShare() != null) {
                fill(REGULAR, sx, base, bar, (float) (plotHeight * m.regularShare() / 100));
            }
            if (m.electronicShare() != null) {
                fill(ELECTRONIC, sx + bar, base, bar, (float) (plotHeight * m.electronicShare() / 100));
            }
            textAt(font, 7, sx, base - 10, ReportTables.MONTH.format(m.month()));
        }
        fill(REGULAR, x + 28, base - 22, 8, 8);
        textAt(font, 7.5f, x + 40, base - 21, tables.text("adoption.export.chart.regular"));
        fill(ELECTRONIC, x + 260, base - 22, 8, 8);
        textAt(font, 7.5f, x + 272, base - 21, tables.text("adoption.export.chart.electronic"));
    }

    private void table(ReportTables.Table table, ReportTables tables) throws IOException {
        float size = table.headers().size() > 12 ? 6.2f : 7.2f;
        float[] columns = columnWidths(table, tables, size, PAGE.getWidth() - 2 * MARGIN);
        if (y - 60 < MARGIN) {
            newPage();
        }
        text(bold, 11, MARGIN, table.title());
        header(table, size, columns);
        if (table.rows().isEmpty()) {
            text(font, size, MARGIN, tables.text("adoption.export.none"));
        }
        for (List<Object> row : table.rows()) {
            if (y - 12 < MARGIN) {
                newPage();
                header(table, size, columns);
            }
            float x = MARGIN;
            for (int c = 0; c < row.size(); c++) {
                textAt(font, size, x, y - size - 2, fit(tables.display(row.get(c)), font, size, columns[c] - 3));
                x += columns[c];
            }
            y -= size + 5;
        }
        y -= 10;
    }

    /**
     * Each column as wide as its widest cell, so that names, codes and mailboxes read whole; when the page is too
     * narrow for all of them, every column keeps room for its header's longest word and the rest of the page is
     * shared in proportion to what each column still lacks.
     */
    private float[] columnWidths(ReportTables.Table table, ReportTables tables, float size, float width) throws IOException {
        int n = table.headers().size();
        float[] natural = new float[n];
        float[] least = new float[n];
        for (int c = 0; c < n; c++) {
            for (String word : table.headers().get(c).split("\\s+")) {
                least[c] = Math.max(least[c], bold.getStringWidth(word) / 1000 * size + 3);
            }
            natural[c] = least[c];
        }
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < Math.min(n, row.size()); c++) {
                natural[c] = Math.max(natural[c], font.getStringWidth(tables.display(row.get(c))) / 1000 * size + 4);
            }
        }
        float naturalSum = 0;
        float leastSum = 0;
        for (int c = 0; c < n; c++) {
            naturalSum += natural[c];
            leastSum += least[c];
        }
        float[] widths = new float[n];
        for (int c = 0; c < n; c++) {
            if (naturalSum <= width) {
                widths[c] = natural[c] + (width - naturalSum) / n;
            } else if (leastSum >= width) {
                widths[c] = least[c] * width / leastSum;
            } else {
                widths[c] = least[c] + (width - leastSum) * (natural[c] - least[c]) / (naturalSum - leastSum);
            }
        }
        return widths;
    }

    private void header(ReportTables.Table table, float size, float[] columns) throws IOException {
        float tallest = 0;
        float x = MARGIN;
        for (int c = 0; c < table.headers().size(); c++) {
            List<String> lines = wrap(table.headers().get(c), bold, size, columns[c] - 3);
            for (int l = 0; l < lines.size(); l++) {
                textAt(bold, size, x, y - (l + 1) * (size + 2), lines.get(l));
            }
            tallest = Math.max(tallest, lines.size() * (size + 2));
            x += columns[c];
        }
        y -= tallest + 3;
        line(GRID, MARGIN, y, PAGE.getWidth() - MARGIN, y);
        y -= 2;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private void text(PDType0Font f, float size, float x, String text) throws IOException {
        y -= size + 3;
        textAt(f, size, x, y, text);
    }

    private void textAt(PDType0Font f, float size, float x, float baseline, String text) throws IOException {
        out.beginText();
        out.setFont(f, size);
        out.setNonStrokingColor(Color.BLACK);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private void fill(Color color, float x, float y0, float width, float height) throws IOException {
        out.setNonStrokingColor(color);
        out.addRect(x, y0, Math.max(0, width), Math.max(0, height));
        out.fill();
    }

    private void line(Color color, float x1, float y1, float x2, float y2) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(0.6f);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    private void grid(float x, float top, float width, float height) throws IOException {
        for (int p = 0; p <= 100; p += 25) {
            float gx = x + width * p / 100;
            line(GRID, gx, top, gx, top - height);
        }
    }

    private static List<String> wrap(String text, PDType0Font f, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && f.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String fit(String text, PDType0Font f, float size, float width) throws IOException {
        if (f.getStringWidth(text) / 1000 * size <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && f.getStringWidth(cut + "…") / 1000 * size > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
