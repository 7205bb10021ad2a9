package vn.lienthong.signing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every vector made by OpenSSL and pdfsig gets the verdict those tools gave it (MANIFEST.csv). */
class ManifestVectorsTest {

    private static final SignatureVerifier VERIFIER = new SignatureVerifier(Fixtures.trust(), Clock.systemUTC());

    record Vector(String path, String kind, String content, String expected, String reason) {
        @Override
        public String toString() {
            return path + (content.isEmpty() ? "" : " over " + content) + " -> " + expected + "/" + reason;
        }
    }

    static Stream<Vector> vectors() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.signatures().resolve("MANIFEST.csv"));
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
                .map(f -> new Vector(f[0], f[1], f[2], f[3], f[4]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vectorGetsTheIndependentToolsVerdict(Vector vector) {
        SignatureReport report = verify(vector);
        String got = report.verdict() + "/" + report.reason();
        if (vector.expected().equals("INDETERMINATE_OR_INVALID")) {
            assertTrue(Set.of(Verdict.INDETERMINATE, Verdict.INVALID).contains(report.verdict()), got);
        } else {
            assertEquals(Verdict.valueOf(vector.expected()), report.verdict(), got);
        }
        assertEquals(Reason.valueOf(vector.reason()), report.reason(), got);
    }

    /** The same verdicts when the verifier has to tell the kind of file from the bytes, as the facade and API do. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vectorGetsTheSameVerdictWhenTheKindIsToldByContent(Vector vector) {
        byte[] file = Fixtures.bytes(vector.path());
        SignatureReport report = vector.kind().equals("cms-detached")
                ? VERIFIER.verify(Fixtures.bytes(vector.content()), fileName(vector.path()), file)
                : VERIFIER.verify(file, null, null);
        assertEquals(verify(vector), report);
    }

    /** OpenSSL writes PEM unless told -outform DER: such a .p7s is read the same. */
    @Test
    void aPemDetachedSignatureIsReadAsItsDer() {
        byte[] der = Fixtures.bytes("cms/congvan.txt.sotttt.p7s");
        String pem = "-----BEGIN PKCS7-----\n" + java.util.Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END PKCS7-----\n";
        SignatureReport report = VERIFIER.verify(Fixtures.bytes("docs/congvan.txt"), "congvan.txt.p7s",
                pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(Verdict.VALID, report.verdict(), report.toString());
    }

    private static SignatureReport verify(Vector vector) {
        byte[] file = Fixtures.bytes(vector.path());
        return switch (vector.kind()) {
            case "cms-detached" ->
                    VERIFIER.verifyDetached(file, fileName(vector.path()), Fixtures.bytes(vector.content()));
            case "cms-attached" -> VERIFIER.verifyAttached(file);
            case "pades" -> VERIFIER.verifyPdf(file);
            case "smime" -> VERIFIER.verifySmime(file);
            default -> throw new IllegalArgumentException("Unknown vector kind " + vector.kind());
        };
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
