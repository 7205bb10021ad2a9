package vn.lienthong.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared signature vectors: {@code ../shared/fixtures/signatures} beside the repository root. */
final class Fixtures {

    static final char[] PASSWORD = "changeit".toCharArray();

    private Fixtures() {
    }

    static Path signatures() {
        String shared = System.getProperty("shared.dir");
        Path root = shared != null ? Path.of(shared) : Path.of("../../shared");
        return root.resolve("fixtures/signatures");
    }

    static Path pki(String name) {
        return signatures().resolve("pki").resolve(name);
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(signatures().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The city's trust: the test root, with the sub-CA's CRL. */
    static TrustSettings trust() {
        return TrustSettings.fromFiles(pki("roots-with-crl.pem"));
    }
}
