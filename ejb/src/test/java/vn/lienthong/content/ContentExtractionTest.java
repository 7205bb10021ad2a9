package vn.lienthong.content;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.content.Samples.docx;
import static vn.lienthong.content.Samples.fixture;
import static vn.lienthong.content.Samples.pdf;
import static vn.lienthong.content.Samples.utf8;
import static vn.lienthong.content.Samples.zip;

class ContentExtractionTest {

    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);
    private static final ContentInspector INSPECTOR = new ContentInspector(ContentPolicy.defaults(), EXECUTOR);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void realPdfAndDocxGiveTheirVietnameseText() {
        // Guards against Tika's ServiceLoader silently skipping the PDF or Office parser, which would give empty text.
        for (String name : List.of("congvan.pdf", "congvan.docx")) {
            Extraction e = INSPECTOR.extract(name, fixture("fixtures", "signatures", "docs", name));
            assertEquals(Outcome.OK, e.outcome(), name + ": " + e.detail());
            assertTrue(e.text().contains("Thư điện tử công vụ") || e.text().contains("thư điện tử công vụ"), name);
            assertTrue(e.text().contains("Sở Thông tin và Truyền thông"), name);
        }
    }

    @Test
    void bytesTypedOnceExtractAsIfTypedAgain() {
        for (String name : List.of("congvan.pdf", "congvan.docx")) {
            byte[] bytes = fixture("fixtures", "signatures", "docs", name);
            TrueType type = INSPECTOR.typeOf(name, bytes);
            Extraction typedOnce = INSPECTOR.extract(name, bytes, type);
            Extraction typedTwice = INSPECTOR.extract(name, bytes);
            assertEquals(typedTwice.outcome(), typedOnce.outcome(), name);
            assertEquals(typedTwice.type(), typedOnce.type(), name);
            assertEquals(typedTwice.text(), typedOnce.text(), name);
        }
    }

    @Test
    void theProbesTypeGivesTheTextTikasOwnDetectionGives() throws Exception {
        // Decision 043: the parse is told the type the probe found instead of detecting it again; the text, the
        // entries of an archive included (each detected on its own), must be what Tika's own detection gives.
        byte[] pdf = fixture("fixtures", "signatures", "docs", "congvan.pdf");
        byte[] docx = fixture("fixtures", "signatures", "docs", "congvan.docx");
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("congvan.pdf", pdf);
        files.put("congvan.docx", docx);
        files.put("ghichu.txt", utf8("Sở Thông tin và Truyền thông\nthư điện tử công vụ\n"));
        files.put("hoso.zip", zip(Map.of("congvan.pdf", pdf, "congvan.docx", docx, "ghichu.txt", utf8("nội dung"))));
        AutoDetectParser detecting = new AutoDetectParser();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            Extraction typedByTheProbe = INSPECTOR.extract(name, file.getValue(), INSPECTOR.typeOf(name, file.getValue()));
            BodyContentHandler detected = new BodyContentHandler(-1);
            try (TikaInputStream in = TikaInputStream.get(file.getValue())) {
                detecting.parse(in, detected, new Metadata(), new ParseContext());
            }
            assertEquals(Outcome.OK, typedByTheProbe.outcome(), name + ": " + typedByTheProbe.detail());
            assertTrue(typedByTheProbe.text().length() > 10, name);
            assertEquals(detected.toString(), typedByTheProbe.text(), name);
        }
    }

    @Test
    void textBeyondTheWriteLimitIsCutAndSaidToBe() {
        ContentInspector small = new ContentInspector(ContentPolicy.defaults().withMaxCharacters(40), EXECUTOR);
        Extraction e = small.extract("congvan.pdf", fixture("fixtures", "signatures", "docs", "congvan.pdf"));
        assertEquals(Outcome.TRUNCATED, e.outcome());
        assertTrue(e.text().length() <= 40 && !e.text().isBlank(), e.text());
    }

    @Test
    void aParseThatOutlivesItsTimeoutIsAbandonedAndItsThreadFreed() throws Exception {
        ContentInspector hasty = new ContentInspector(ContentPolicy.defaults().withTimeout(Duration.ofMillis(1))
                .withMaxCharacters(Integer.MAX_VALUE), EXECUTOR);
        byte[] big = utf8("Thư điện tử công vụ được sử dụng thường xuyên.\n".repeat(400_000));
        Extraction e = hasty.extract("lon.txt", big);
        assertEquals(Outcome.TIMED_OUT, e.outcome());
        assertTrue(e.text().isEmpty());
        // The interrupted parse gives its thread back: the pool still serves.
        assertEquals("ok", EXECUTOR.submit(() -> "ok").get(30, TimeUnit.SECONDS));
    }

    @Test
    void aNestedZipBombIsRefusedBeforeItExpands() throws IOException {
        byte[] bomb = zipOfZeros(1L << 30);
        for (int level = 0; level < 3; level++) {
            bomb = zip(Map.of("level" + level + ".zip", bomb));
        }
        long started = System.nanoTime();
        Extraction e = INSPECTOR.extract("hoso.zip", bomb);
        assertEquals(Outcome.REFUSED, e.outcome());
        assertEquals(Optional.of(Refusal.TOO_LARGE), e.refusal());
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(20).toNanos());
    }

    @Test
    void archivesNestedDeeperThanThePolicyAreRefused() {
        byte[] nested = zip(Map.of("a.txt", utf8("nội dung")));
        for (int level = 0; level < 4; level++) {
            nested = zip(Map.of("level" + level + ".zip", nested));
        }
        Extraction e = INSPECTOR.extract("hoso.zip", nested);
        assertEquals(Optional.of(Refusal.TOO_LARGE), e.refusal(), e.detail());
        assertTrue(e.detail().contains("depth"), e.detail());
    }

    @Test
    void archivesWithMoreEntriesThanThePolicyAreRefused() {
        Map<String, byte[]> many = new java.util.LinkedHashMap<>();
        for (int i = 0; i <= ContentPolicy.defaults().maxArchiveEntries(); i++) {
            many.put("phan-" + i + ".txt", utf8("nội dung " + i));
        }
        Extraction e = INSPECTOR.extract("hoso.zip", zip(many));
        assertEquals(Optional.of(Refusal.TOO_LARGE), e.refusal());
        assertTrue(e.detail().contains("entries"), e.detail());
    }

    @Test
    void tikasCompressionRatioStopsAHighlyCompressedDocument() {
        // 20 million characters in a small DOCX: within the archive limits, but 100:1 beyond Tika's threshold.
        byte[] bloated = docx(List.of("mật độ ".repeat(3_000_000)));
        ContentInspector generous = new ContentInspector(ContentPolicy.defaults().withMaxCharacters(50_000_000), EXECUTOR);
        Extraction e = generous.extract("bloated.docx", bloated);
        assertEquals(Outcome.REFUSED, e.outcome(), e.detail());
        assertEquals(Optional.of(Refusal.TOO_LARGE), e.refusal());
    }

    @Test
    void aTruncatedPdfIsReportedNotThrown() {
        byte[] whole = fixture("fixtures", "signatures", "docs", "congvan.pdf");
        Extraction e = INSPECTOR.extract("congvan.pdf", Arrays.copyOf(whole, whole.length / 3));
        assertEquals(Outcome.MALFORMED, e.outcome(), "a PDF cut short cannot be read for a stamp: " + e.detail());
        Extraction garbage = INSPECTOR.extract("x.pdf", utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n"));
        assertEquals(Outcome.MALFORMED, garbage.outcome(), garbage.detail());
    }

    @Test
    void xmlNestedTenThousandLevelsIsRefusedPlainOrInsideADocx() {
        String deep = "<a>".repeat(10_000) + "mật" + "</a>".repeat(10_000);
        Extraction plain = INSPECTOR.extract("deep.xml", utf8("<?xml version=\"1.0\"?>" + deep));
        assertEquals(Outcome.REFUSED, plain.outcome());
        assertEquals(Optional.of(Refusal.NOT_ALLOWED), plain.refusal());

        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + deep + "</w:body></w:document>";
        byte[] docx = Samples.withPart(docx(List.of("x")), "word/document.xml", utf8(body));
        Extraction inDocx = INSPECTOR.extract("deep.docx", docx);
        assertEquals(Outcome.REFUSED, inDocx.outcome());
        assertEquals(Optional.of(Refusal.TOO_LARGE), inDocx.refusal());
        assertTrue(inDocx.detail().contains("XML depth"), inDocx.detail());
    }

    @Test
    void encryptedPdfsOpenWithTheServersBouncyCastleOrAreReportedEncrypted() throws Exception {
        assertOneBouncyCastle();
        List<String> lines = List.of("Sở Thông tin và Truyền thông", "Thư điện tử công vụ");
        Extraction ownerOnly = INSPECTOR.extract("baomat.pdf", pdf(lines, ""));
        assertEquals(Outcome.OK, ownerOnly.outcome(), ownerOnly.detail());
        assertTrue(ownerOnly.text().contains("Thư điện tử công vụ"));

        Extraction locked = INSPECTOR.extract("khoa.pdf", pdf(lines, "mat-khau"));
        assertEquals(Outcome.REFUSED, locked.outcome(), locked.detail());
        assertEquals(Optional.of(Refusal.ENCRYPTED), locked.refusal());
    }

    // In the server BC comes from its 1.83 modules; here from the provided 1.83 jars. Tika must not bring its own.
    private static void assertOneBouncyCastle() throws IOException {
        List<URL> copies = Collections.list(ClassLoader.getSystemClassLoader()
                .getResources("org/bouncycastle/jce/provider/BouncyCastleProvider.class"));
        assertEquals(1, copies.size(), copies.toString());
        assertTrue(copies.get(0).toString().contains("1.83"), copies.toString());
    }

    @Test
    void randomBytesAreRefusedNotThrown() {
        byte[] noise = new byte[10_000];
        new java.util.Random(7).nextBytes(noise);
        Extraction e = INSPECTOR.extract("noise.pdf", noise);
        assertEquals(Outcome.REFUSED, e.outcome());
    }

    private static byte[] zipOfZeros(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] chunk = new byte[1 << 20];
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
