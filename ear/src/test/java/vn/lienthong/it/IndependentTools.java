package vn.lienthong.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * openssl, certutil and pdfsig, which .ci/run installs: missing ones fail the test, they are its point. They judge
 * LienThong's signatures against the roots the server publishes, with nothing of LienThong's code.
 */
record IndependentTools(int exitCode, String output) {

    static IndependentTools run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command[0] + " did not finish");
        }
        return new IndependentTools(process.exitValue(), output);
    }

    /** {@code openssl cms -verify} of a detached DER signature over {@code content}. */
    static IndependentTools opensslVerify(Path signature, Path content, Path roots) throws Exception {
        return run("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                "-content", content.toString(), "-CAfile", roots.toString(), "-out", "/dev/null");
    }

    /** pdfsig with a fresh NSS database (in {@code dir}) that trusts {@code roots}. */
    static IndependentTools pdfsig(Path dir, Path roots, Path pdf) throws Exception {
        Path nssdb = Files.createTempDirectory(dir, "nssdb");
        assertEquals(0, run("certutil", "-N", "--empty-password", "-d", nssdb.toString()).exitCode());
        IndependentTools added = run("certutil", "-A", "-t", "CT,C,C", "-n", "root", "-i", roots.toString(),
                "-d", nssdb.toString());
        assertEquals(0, added.exitCode(), added.output());
        return run("pdfsig", "-nssdir", nssdb.toString(), pdf.toString());
    }
}
