import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.File;
import java.util.Random;

/**
 * Writes an ordinary official letter as a PDF of about the given size: pages of text, then incompressible filler.
 * The first page's text is left uncompressed and carries the placeholder {@value #MARK}, which the benchmark overwrites
 * with each document's own number, so that every upload has its own bytes and its own text.
 */
public class MakePdf {
    static final String MARK = "So ban: 0000000000";

    public static void main(String[] args) throws Exception {
        int target = Integer.parseInt(args[1]);
        Random random = new Random(42);
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(pdf, page,
                        PDPageContentStream.AppendMode.OVERWRITE, p > 0)) {
                    text.beginText();
                    text.setFont(font, 11);
                    text.newLineAtOffset(72, 740);
                    text.showText("UY BAN NHAN DAN THANH PHO HO CHI MINH - SO THONG TIN VA TRUYEN THONG");
                    if (p == 0) {
                        text.newLineAtOffset(0, -14);
                        text.showText(MARK);
                    }
                    for (int line = 0; line < 50; line++) {
                        text.newLineAtOffset(0, -14);
                        text.showText("Bao cao tinh hinh trien khai lien thong van ban dien tu, dong " + (line + 1) + ".");
                    }
                    text.endText();
                }
            }
            // Filler the size of a scanned signature image, so the file is as big as a real one.
            byte[] filler = new byte[Math.max(0, target - 6_000)];
            random.nextBytes(filler);
            pdf.getDocumentInformation().setKeywords("lien thong");
            var stream = new org.apache.pdfbox.pdmodel.common.PDStream(pdf, new java.io.ByteArrayInputStream(filler));
            pdf.getDocumentCatalog().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.getPDFName("LienThongFiller"), stream);
            pdf.save(new File(args[0]));
        }
    }
}
