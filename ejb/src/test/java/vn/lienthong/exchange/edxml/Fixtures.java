package vn.lienthong.exchange.edxml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real packages in {@code ../shared/fixtures/edxml/}. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] edxml(String name) {
        Path dir = Path.of(System.getProperty("shared.dir", "../../shared"), "fixtures", "edxml");
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EdxmlPackage readPackage(String name) {
        return (EdxmlPackage) new EdxmlReader().read(edxml(name));
    }
}
