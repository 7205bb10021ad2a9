package vn.lienthong.content;

import org.junit.jupiter.api.Test;
import vn.lienthong.exchange.Secrecy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall of the stamp detector on the labelled set, through the real pipeline (Tika extraction, then
 * detection). A stamp found with the wrong grade counts as a false positive and a miss. Figures are written to
 * {@code ejb/target/stamp-evaluation.md} and quoted in docs/CONTENT-INSPECTION.md.
 */
class StampEvaluationTest {

    @Test
    void precisionAndRecallAreAtLeast95Percent() throws IOException {
        List<StampCorpus.Sample> samples = new ArrayList<>(StampCorpus.samples());
        samples.add(new StampCorpus.Sample("mat.pdf (shared)", "PDF", Samples.fixture("fixtures", "signatures", "docs", "mat.pdf"), Secrecy.MAT));
        samples.add(new StampCorpus.Sample("mat.txt (shared)", "TXT", Samples.fixture("fixtures", "signatures", "docs", "mat.txt"), Secrecy.MAT));
        for (String name : List.of("congvan.pdf", "congvan.docx", "congvan.txt")) {
            samples.add(new StampCorpus.Sample(name + " (shared)", name.substring(name.indexOf('.') + 1).toUpperCase(Locale.ROOT),
                    Samples.fixture("fixtures", "signatures", "docs", name), Secrecy.THUONG));
        }

        ExecutorService executor = Executors.newFixedThreadPool(2);
        ContentInspector inspector = new ContentInspector(ContentPolicy.defaults(), executor);
        SecrecyStampDetector detector = new SecrecyStampDetector();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
        StringBuilder misses = new StringBuilder();
        try {
            for (StampCorpus.Sample sample : samples) {
                Extraction extraction = inspector.extract(sample.name().replace(" (shared)", ""), sample.content());
                assertTrue(extraction.hasText(), sample.name() + ": " + extraction.outcome());
                Secrecy found = detector.find(extraction.text()).map(SecrecyStamp::level).orElse(Secrecy.THUONG);
                boolean expected = sample.expected().isClassified();
                if (expected && found == sample.expected()) {
                    truePositives++;
                } else if (!expected && !found.isClassified()) {
                    trueNegatives++;
                } else {
                    falsePositives += found.isClassified() ? 1 : 0;
                    falseNegatives += expected ? 1 : 0;
                    misses.append("- ").append(sample.name()).append(": expected ").append(sample.expected())
                            .append(", found ").append(found).append('\n');
                }
            }
        } finally {
            executor.shutdownNow();
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
        String report = String.format(Locale.ROOT, """
                | documents | with stamp | without | TP | FP | FN | TN | precision | recall |
                |---|---|---|---|---|---|---|---|---|
                | %d | %d | %d | %d | %d | %d | %d | %.3f | %.3f |
                %s""", samples.size(), samples.stream().filter(s -> s.expected().isClassified()).count(),
                samples.stream().filter(s -> !s.expected().isClassified()).count(),
                truePositives, falsePositives, falseNegatives, trueNegatives, precision, recall,
                misses.isEmpty() ? "" : "\nMisclassified:\n" + misses);
        Files.writeString(Path.of("target", "stamp-evaluation.md"), report);
        System.out.println(report);
        assertTrue(samples.size() >= 40);
        assertTrue(precision >= 0.95 && recall >= 0.95, report);
    }
}
