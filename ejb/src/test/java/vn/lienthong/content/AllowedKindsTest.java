package vn.lienthong.content;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.content.Samples.utf8;

class AllowedKindsTest {

    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);
    private static final ContentInspector INSPECTOR = new ContentInspector(ContentPolicy.defaults(), EXECUTOR);
    private static final String WORDS = "Thư điện tử công vụ";

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void everyTextKindOfTheAllowListIsTypedAndGivesItsText() throws IOException {
        Map<FileKind, byte[]> files = new LinkedHashMap<>();
        files.put(FileKind.PDF, Samples.pdf(List.of(WORDS)));
        files.put(FileKind.DOCX, Samples.docx(List.of(WORDS)));
        files.put(FileKind.XLSX, xlsx());
        files.put(FileKind.ODT, odt());
        files.put(FileKind.RTF, utf8("{\\rtf1\\ansi\\ansicpg1258 {\\fonttbl\\f0 Times;}\\f0 Th\\u432?\\u8 ? \\u273?i\\u7879?n t\\u7917? c\\u244?ng v\\u7909?}"));
        files.put(FileKind.TXT, utf8(WORDS + "\n"));
        for (Map.Entry<FileKind, byte[]> file : files.entrySet()) {
            assertEquals(file.getKey(), INSPECTOR.typeOf(null, file.getValue()).kind());
            Extraction e = INSPECTOR.extract("tep", file.getValue());
            assertEquals(Outcome.OK, e.outcome(), file.getKey() + ": " + e.detail());
            assertTrue(e.text().contains("công v"), file.getKey() + ": " + e.text());
        }
    }

    @Test
    void imagesAreAcceptedWithoutText() throws IOException {
        for (Map.Entry<String, FileKind> format : Map.of("png", FileKind.PNG, "jpeg", FileKind.JPEG, "gif", FileKind.GIF,
                "tiff", FileKind.TIFF).entrySet()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), format.getKey(), out);
            assertEquals(format.getValue(), INSPECTOR.typeOf("anh." + format.getKey(), out.toByteArray()).kind());
            assertEquals(Outcome.OK, INSPECTOR.extract("anh", out.toByteArray()).outcome());
        }
    }

    @Test
    void aPasswordProtectedDocxIsRefusedAsEncrypted() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("mat-khau");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(Samples.docx(List.of(WORDS)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        RefusedContentException e = assertThrows(RefusedContentException.class, () -> INSPECTOR.typeOf("hoso.docx", out.toByteArray()));
        assertEquals(Refusal.ENCRYPTED, e.reason());
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(WORDS);
            book.write(out);
            return out.toByteArray();
        }
    }

    // The smallest ODF text: the stored "mimetype" entry first, then the content.
    private static byte[] odt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = utf8("application/vnd.oasis.opendocument.text");
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                    + "<text:p>" + WORDS + "</text:p></office:text></office:body></office:document-content>"));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                    + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry "
                    + "manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "</manifest:manifest>"));
        }
        return bytes.toByteArray();
    }
}
