package vn.lienthong.web.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages and resources use each capability's public face only, never its {@code internal} machinery. */
class PackageFacesTest {

    private static final Pattern INTERNAL = Pattern.compile("\\bvn\\.lienthong\\.[a-z]+\\.internal\\.");

    @Test
    void webCodeNamesNoInternalClassOfTheBusinessLayer() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        List<String> uses = new java.util.ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (INTERNAL.matcher(lines.get(i)).find()) {
                    uses.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertTrue(sources.size() > 50, "the web sources were found: " + sources.size());
        assertTrue(uses.isEmpty(), String.join("\n", uses));
    }
}
