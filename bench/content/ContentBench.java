import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import vn.lienthong.content.ContentInspector;
import vn.lienthong.content.ContentPolicy;
import vn.lienthong.content.Extraction;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.EdxmlReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Content inspection throughput: LienThong's typing + extraction (ContentInspector.extract) against bare Tika
 * (AutoDetectParser alone, no write limit) over the same mixed corpus, alternating rounds in one JVM.
 */
public final class ContentBench {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Map<String, byte[]> corpus = corpus(shared);
        long bytes = corpus.values().stream().mapToLong(b -> b.length).sum();
        System.out.printf(Locale.ROOT, "corpus: %d files, %.2f MB: %s%n", corpus.size(), bytes / 1e6, corpus.keySet());

        ExecutorService executor = Executors.newSingleThreadExecutor();
        ContentInspector inspector = new ContentInspector(ContentPolicy.defaults(), executor);
        AutoDetectParser bare = new AutoDetectParser();
        for (int i = 0; i < 3; i++) { // warm-up
            bare(bare, corpus);
            lienThong(inspector, corpus);
        }
        long bareNanos = 0, ltNanos = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            bare(bare, corpus);
            long t1 = System.nanoTime();
            lienThong(inspector, corpus);
            long t2 = System.nanoTime();
            bareNanos += t1 - t0;
            ltNanos += t2 - t1;
        }
        executor.shutdownNow();
        double bareMbs = bytes * rounds / 1e6 / (bareNanos / 1e9);
        double ltMbs = bytes * rounds / 1e6 / (ltNanos / 1e9);
        System.out.printf(Locale.ROOT, "bare Tika (AutoDetectParser): %.2f MB/s%n", bareMbs);
        System.out.printf(Locale.ROOT, "LienThong (typeOf + extract): %.2f MB/s%n", ltMbs);
        System.out.printf(Locale.ROOT, "ratio: %.2f (target >= 0.9)%n", ltMbs / bareMbs);
    }

    private static void bare(AutoDetectParser parser, Map<String, byte[]> corpus) throws Exception {
        for (byte[] content : corpus.values()) {
            try (TikaInputStream in = TikaInputStream.get(content)) {
                parser.parse(in, new BodyContentHandler(-1), new Metadata(), new ParseContext());
            }
        }
    }

    private static void lienThong(ContentInspector inspector, Map<String, byte[]> corpus) {
        for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
            Extraction e = inspector.extract(file.getKey(), file.getValue());
            if (!e.hasText()) {
                throw new IllegalStateException(file.getKey() + ": " + e.outcome() + " " + e.detail());
            }
        }
    }

    /** The shared documents, a real signed PDF, the PDF inside the real edXML package, and a ZIP of two of them. */
    private static Map<String, byte[]> corpus(Path shared) throws Exception {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        Path docs = shared.resolve("fixtures/signatures/docs");
        for (String name : new String[]{"congvan.pdf", "congvan.docx", "congvan.txt", "mat.pdf", "mat.txt"}) {
            corpus.put(name, Files.readAllBytes(docs.resolve(name)));
        }
        corpus.put("congvan.signed.pdf", Files.readAllBytes(shared.resolve("fixtures/signatures/pades/congvan.signed.pdf")));
        EdxmlPackage outer = (EdxmlPackage) new EdxmlReader().read(Files.readAllBytes(shared.resolve("fixtures/edxml/edoc_new.edxml")));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(outer.attachments().get(0).content()))) {
            zip.getNextEntry();
            // The inner package is not namespace-well-formed, so its PDF is cut out of the text.
            String inner = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            Matcher encoded = Pattern.compile("ContentTransferEncoded[^>]*>([^<]+)<").matcher(inner);
            encoded.find();
            corpus.put("openvpn.pdf", Base64.getMimeDecoder().decode(encoded.group(1)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : new String[]{"congvan.pdf", "congvan.docx"}) {
                out.putNextEntry(new ZipEntry(name));
                out.write(corpus.get(name));
                out.closeEntry();
            }
        }
        corpus.put("hoso.zip", bytes.toByteArray());
        return corpus;
    }
}
