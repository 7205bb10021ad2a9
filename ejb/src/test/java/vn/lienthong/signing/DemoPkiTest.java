package vn.lienthong.signing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.directory.AgencyCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoPkiTest {

    private static final AgencyCode SOTTTT = AgencyCode.parse("000.00.11.H29");
    private static final AgencyCode QUAN1 = AgencyCode.parse("000.00.31.H29");
    private static final char[] PASSWORD = "demo-secret".toCharArray();

    @TempDir
    static Path dir;
    private static DemoPki.Issued issued;

    @BeforeAll
    static void generate() {
        Map<AgencyCode, String> agencies = new LinkedHashMap<>();
        agencies.put(SOTTTT, "Sở Thông tin và Truyền thông");
        agencies.put(QUAN1, "Ủy ban nhân dân Quận 1");
        issued = new DemoPki(Clock.systemUTC()).generate(agencies, dir, PASSWORD);
    }

    @Test
    void agencyCertificateVerifiesToTheDemoRootFromTheTrustStore() {
        SigningKey key = SigningKey.fromPkcs12(issued.keyStores().get(SOTTTT), PASSWORD);
        byte[] content = "Công văn số 01/STTTT".getBytes(StandardCharsets.UTF_8);
        byte[] signature = new CmsSigner(key, Clock.systemUTC()).signDetached(content);

        SignatureReport report = new SignatureVerifier(
                TrustSettings.fromKeyStore(issued.trustStore(), PASSWORD), Clock.systemUTC())
                .verifyDetached(signature, content);

        assertEquals(Verdict.VALID, report.verdict(), report.reason().toString());
        assertEquals("Sở Thông tin và Truyền thông", report.signerName());
        assertEquals(3, report.chain().size());
        assertTrue(report.chain().get(2).getSubjectX500Principal().getName().contains("CN=LienThong Demo Root CA"));
    }

    @Test
    void signedPdfVerifiesWithTheTrustPemAndItsCrl() {
        SigningKey key = SigningKey.fromPkcs12(issued.keyStores().get(QUAN1), PASSWORD);
        byte[] signed = new PadesSigner(key, Clock.systemUTC()).sign(Fixtures.bytes("docs/congvan.pdf"));
        SignatureReport report = new SignatureVerifier(TrustSettings.fromFiles(issued.trustPem()), Clock.systemUTC())
                .verifyPdf(signed);
        assertEquals(Verdict.VALID, report.verdict(), report.reason().toString());
        assertEquals("Ủy ban nhân dân Quận 1", report.signerOrganisation());
    }

    @Test
    void anotherCitysRootDoesNotTrustTheDemoAgencies() {
        SigningKey key = SigningKey.fromPkcs12(issued.keyStores().get(QUAN1), PASSWORD);
        byte[] content = {1, 2, 3};
        SignatureReport report = new SignatureVerifier(Fixtures.trust(), Clock.systemUTC())
                .verifyDetached(new CmsSigner(key, Clock.systemUTC()).signDetached(content), content);
        assertEquals(Reason.UNTRUSTED, report.reason());
    }

    @Test
    void opensslAcceptsDemoSignaturesAgainstTheTrustPem() throws Exception {
        SigningKey key = SigningKey.fromPkcs12(issued.keyStores().get(SOTTTT), PASSWORD);
        Path content = Fixtures.signatures().resolve("docs/congvan.txt");
        Path signature = Files.write(dir.resolve("congvan.txt.p7s"),
                new CmsSigner(key, Clock.systemUTC()).signDetached(Files.readAllBytes(content)));
        ExternalTool verify = ExternalTool.run("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", signature.toString(), "-content", content.toString(), "-CAfile", issued.trustPem().toString(),
                "-crl_check", "-purpose", "any", "-out", "/dev/null");
        assertEquals(0, verify.exitCode(), verify.output());
        assertTrue(DemoPki.isPresent(dir));
    }
}
