package vn.lienthong.content;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.exchange.edxml.EdxmlAttachment;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.platform.Messages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.content.Samples.docx;
import static vn.lienthong.content.Samples.fixture;
import static vn.lienthong.content.Samples.utf8;
import static vn.lienthong.content.Samples.zip;

class ContentTypingTest {

    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);
    private static final ContentInspector INSPECTOR = new ContentInspector(ContentPolicy.defaults(), EXECUTOR);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    private static Refusal refusal(String name, byte[] content) {
        return assertThrows(RefusedContentException.class, () -> INSPECTOR.typeOf(name, content)).reason();
    }

    @Test
    void realPdfAndDocxAreTypedByTheirBytesWhateverTheirName() {
        assertEquals(FileKind.PDF, INSPECTOR.typeOf(null, fixture("fixtures", "signatures", "docs", "congvan.pdf")).kind());
        assertEquals(FileKind.DOCX, INSPECTOR.typeOf("congvan", fixture("fixtures", "signatures", "docs", "congvan.docx")).kind());
        assertEquals(FileKind.TXT, INSPECTOR.typeOf("congvan.txt", fixture("fixtures", "signatures", "docs", "congvan.txt")).kind());
    }

    @Test
    void aWord97FileNamedDocIsADocWhateverTypeWasDeclared() throws IOException {
        // The API takes no declared type at all: a .doc a package calls application/zip is typed by its bytes.
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
            fs.writeFilesystem(word);
        }
        TrueType type = INSPECTOR.typeOf("1896_QD-TTg_m_294779.doc", word.toByteArray());
        assertEquals(FileKind.DOC, type.kind());
        assertEquals("application/msword", type.mediaType());
    }

    @Test
    void theRealEdxmlDotDocAttachmentIsReallyAZipAndContradictsItsName() {
        EdxmlPackage p = (EdxmlPackage) new EdxmlReader().read(fixture("fixtures", "edxml", "edoc_new.edxml"));
        EdxmlAttachment doc = p.attachments().get(0);
        assertEquals("application/zip", doc.declaredContentType());
        RefusedContentException e = assertThrows(RefusedContentException.class, () -> INSPECTOR.typeOf(doc.name(), doc.content()));
        assertEquals(Refusal.EXTENSION_MISMATCH, e.reason());
        assertEquals("application/zip", e.detectedType());
        assertEquals(FileKind.ZIP.mediaTypes().iterator().next(), e.detectedType());
    }

    @Test
    void spreadsheetsOfBothGenerationsAreAccepted() throws IOException {
        assertEquals(FileKind.XLS, INSPECTOR.typeOf("bang.xls", xls(false)).kind());
    }

    @Test
    void executablesAreRefusedByTheirBytes() {
        byte[] pe = new byte[512];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[0x3c] = (byte) 0x80;
        pe[0x80] = 'P';
        pe[0x81] = 'E';
        assertEquals(Refusal.EXECUTABLE, refusal("baocao.pdf", pe));
        byte[] elf = new byte[64];
        System.arraycopy(new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        elf[16] = 2;
        assertEquals(Refusal.EXECUTABLE, refusal("baocao", elf));
        byte[] machO = new byte[64];
        System.arraycopy(new byte[]{(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe, 7, 0, 0, 1, 3, 0, 0, 0, 2}, 0, machO, 0, 13);
        assertEquals(Refusal.EXECUTABLE, refusal("baocao", machO));
    }

    @Test
    void scriptsAreRefusedByTheirFirstLineOrTheirName() {
        assertEquals(Refusal.SCRIPT, refusal("ghichu.txt", utf8("#!/bin/sh\nrm -rf /\n")));
        assertEquals(Refusal.SCRIPT, refusal("ghichu.txt", utf8("@echo off\r\ndel /q C:\\*\r\n")));
        assertEquals(Refusal.SCRIPT, refusal("hoso.js", utf8("var s = new ActiveXObject('WScript.Shell');\n")));
        assertEquals(Refusal.SCRIPT, refusal("hoso.vbs", utf8("Set s = CreateObject(\"WScript.Shell\")\n")));
        assertEquals(Refusal.SCRIPT, refusal("hoso.ps1", utf8("Get-ChildItem C:\\ | Remove-Item\n")));
        assertEquals(Refusal.SCRIPT, refusal("hoso.bat", utf8("del /q C:\\*\r\n")));
    }

    @Test
    void macroEnabledOfficeFilesAreRefused() throws IOException {
        byte[] plain = docx(List.of("Văn bản có macro"));
        String types = new String(Samples.unzip(plain).get("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8);
        byte[] docm = Samples.withPart(plain, "[Content_Types].xml", utf8(types.replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml")));
        assertEquals(Refusal.MACRO, refusal("hoso.docx", docm));
        assertEquals(Refusal.MACRO, refusal("hoso.docx", Samples.withPart(plain, "word/vbaProject.bin", new byte[1024])));
        assertEquals(Refusal.MACRO, refusal("hoso.docm", plain));
        assertEquals(Refusal.MACRO, refusal("bang.xls", xls(true)));
    }

    @Test
    void encryptedArchivesAreRefused() {
        byte[] archive = zip(Map.of("a.txt", utf8("nội dung")));
        markEncrypted(archive);
        assertEquals(Refusal.ENCRYPTED, refusal("hoso.zip", archive));
    }

    @Test
    void contentThatContradictsItsExtensionIsRefused() {
        byte[] archive = zip(Map.of("a.txt", utf8("nội dung")));
        RefusedContentException e = assertThrows(RefusedContentException.class, () -> INSPECTOR.typeOf("baocao.pdf", archive));
        assertEquals(Refusal.EXTENSION_MISMATCH, e.reason());
        assertEquals("Tệp \"baocao.pdf\" bị từ chối: phần mở rộng không khớp với nội dung thật của tệp (application/zip).",
                Messages.format(null, e));
        assertEquals("File \"baocao.pdf\" refused: its extension contradicts its real content (application/zip).",
                Messages.format(Locale.ENGLISH, e));
    }

    @Test
    void archivesAreAcceptedOnlyWhenEverythingInsideIs() {
        byte[] good = zip(Map.of("congvan.pdf", fixture("fixtures", "signatures", "docs", "congvan.pdf"), "ghichu.txt", utf8("ghi chú")));
        assertEquals(FileKind.ZIP, INSPECTOR.typeOf("hoso.zip", good).kind());
        byte[] inner = new byte[512];
        inner[0] = 'M';
        inner[1] = 'Z';
        assertEquals(Refusal.EXECUTABLE, refusal("hoso.zip", zip(Map.of("setup.pdf", inner))));
        assertEquals(Refusal.NOT_ALLOWED, refusal("hoso.zip", zip(Map.of("trang.html", utf8("<html><body>x</body></html>")))));
    }

    @Test
    void theAllowListIsConfigurable() {
        ContentInspector textOnly = new ContentInspector(ContentPolicy.defaults().withAllowed(EnumSet.of(FileKind.TXT)), EXECUTOR);
        RefusedContentException e = assertThrows(RefusedContentException.class,
                () -> textOnly.typeOf("congvan.pdf", fixture("fixtures", "signatures", "docs", "congvan.pdf")));
        assertEquals(Refusal.NOT_ALLOWED, e.reason());
        assertEquals("application/pdf", e.detectedType());
        assertTrue(Messages.format(null, e).contains("application/pdf"));
    }

    private static byte[] xls(boolean withMacros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("Thư điện tử công vụ");
            book.write(out);
        }
        if (!withMacros) {
            return out.toByteArray();
        }
        ByteArrayOutputStream withVba = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(out.toByteArray()))) {
            fs.getRoot().createDirectory("_VBA_PROJECT_CUR").createDocument("PROJECT", new ByteArrayInputStream(new byte[64]));
            fs.writeFilesystem(withVba);
        }
        return withVba.toByteArray();
    }

    // Sets the "encrypted" general-purpose flag in every local and central header, as an encrypting zip tool does.
    private static void markEncrypted(byte[] zip) {
        for (int i = 0; i + 8 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                zip[i + 6] |= 1;
            } else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                zip[i + 8] |= 1;
            }
        }
    }

    /** A clerk was told "vượt giới hạn an toàn (archive entries > 1000)": English and a bare number in Vietnamese. */
    @Test
    void aSafetyLimitIsNamedInTheReadersLanguage() {
        Map<String, byte[]> many = new java.util.LinkedHashMap<>();
        for (int i = 0; i <= ContentPolicy.defaults().maxArchiveEntries(); i++) {
            many.put("phan-" + i + ".txt", utf8("nội dung " + i));
        }
        RefusedContentException e = assertThrows(RefusedContentException.class, () -> INSPECTOR.typeOf("hoso.zip", zip(many)));
        assertEquals(Refusal.TOO_LARGE, e.reason());
        assertEquals("archive entries > 1000", e.detectedType());
        assertEquals("Tệp \"hoso.zip\" bị từ chối: tệp nén chứa quá 1.000 tệp bên trong.",
                Messages.format(Locale.forLanguageTag("vi"), e));
        assertEquals("File \"hoso.zip\" refused: the archive holds more than 1,000 files.", Messages.format(Locale.ENGLISH, e));
    }
}
