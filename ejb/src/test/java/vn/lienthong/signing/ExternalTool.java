package vn.lienthong.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs an independent tool (openssl, pdfsig) on LienThong's output; skips the test when the tool is absent. */
record ExternalTool(int exitCode, String output) {

    private static final Map<String, String> PACKAGES =
            Map.of("openssl", "openssl", "pdfsig", "poppler-utils", "certutil", "libnss3-tools");

    static ExternalTool run(String... command) throws IOException, InterruptedException {
        assumeTrue(installed(command[0]), command[0] + " is not installed (Debian package "
                + PACKAGES.getOrDefault(command[0], command[0]) + ")");
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command[0] + " did not finish");
        }
        return new ExternalTool(process.exitValue(), output);
    }

    private static boolean installed(String binary) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return false;
    }
}
