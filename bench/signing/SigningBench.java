import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.lienthong.signing.CmsSigner;
import vn.lienthong.signing.PadesSigner;
import vn.lienthong.signing.SignatureVerifier;
import vn.lienthong.signing.SigningKey;
import vn.lienthong.signing.TrustSettings;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Sign/s and verify/s of LienThong's signing code on a 200 KB PDF, next to bare Bouncy Castle (its own provider for
 * everything, the usual textbook setup, no path validation) doing the CMS over the same bytes in the same run.
 * Single thread. Usage: SigningBench SHARED_DIR [SECONDS_PER_ROUND]
 */
public class SigningBench {

    private static final Provider BC = new BouncyCastleProvider();
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final int ROUNDS = 3;
    private static double seconds = 2;

    public static void main(String[] args) throws Exception {
        Path pki = Path.of(args[0], "fixtures/signatures/pki");
        if (args.length > 1) {
            seconds = Double.parseDouble(args[1]);
        }
        byte[] pdf = pdfOfAbout(200 * 1024);
        System.out.printf("Input: %d-byte PDF; best of %d interleaved rounds of %.0f s after warm-up; Java %s; %d CPUs%n",
                pdf.length, ROUNDS, seconds, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        SignatureVerifier verifier = new SignatureVerifier(TrustSettings.fromFiles(pki.resolve("roots-with-crl.pem")),
                Clock.systemUTC());
        System.out.printf("%-26s %12s %12s %12s %7s %7s%n", "operation", "LienThong/s", "bare BC/s",
                "tuned BC/s", "ratio", "ratio-t");
        for (String agency : List.of("sotttt", "quan1")) {
            Path p12 = pki.resolve(agency + ".p12");
            SigningKey key = SigningKey.fromPkcs12(p12, PASSWORD);
            String label = agency + " " + key.certificate().getPublicKey().getAlgorithm();
            Bare bare = new Bare(p12, false);
            Bare tuned = new Bare(p12, true);

            CmsSigner cms = new CmsSigner(key, Clock.systemUTC());
            byte[] p7s = cms.signDetached(pdf);
            check(verifier.verifyDetached(p7s, pdf).isValid(), "CMS signature must verify");
            byte[] bareP7s = bare.sign(pdf);
            compare(label + " CMS sign", () -> cms.signDetached(pdf), () -> bare.sign(pdf), () -> tuned.sign(pdf));
            // Verification as the Signatures facade does it: the kind of signature told from the bytes first.
            compare(label + " CMS verify", () -> verifier.verify(pdf, "congvan.pdf.p7s", p7s),
                    () -> bare.verify(bareP7s, pdf),
                    () -> tuned.verify(bareP7s, pdf));

            PadesSigner pades = new PadesSigner(key, Clock.systemUTC());
            byte[] signedPdf = pades.sign(pdf);
            check(verifier.verifyPdf(signedPdf).isValid(), "PAdES signature must verify");
            // Bare BC on the very bytes a PDF signature covers: the byte range of the PDF just signed.
            PDSignature dictionary;
            try (PDDocument document = Loader.loadPDF(signedPdf)) {
                dictionary = document.getLastSignatureDictionary();
            }
            byte[] signedRange = dictionary.getSignedContent(signedPdf);
            byte[] rangeSignature = bare.sign(signedRange);
            compare(label + " PAdES sign", () -> pades.sign(pdf), () -> bare.sign(signedRange),
                    () -> tuned.sign(signedRange));
            compare(label + " PAdES verify", () -> verifier.verify(signedPdf, null, null),
                    () -> bare.verify(rangeSignature, signedRange), () -> tuned.verify(rangeSignature, signedRange));
        }
    }

    /**
     * Bare Bouncy Castle CMS, detached, chain included, no path validation. Textbook: the BC provider for digest and
     * signature alike. Tuned ({@code jdkDigests}): SHA-256 from the JDK, as LienThong does, to show what is left.
     */
    static final class Bare {
        private static final DigestCalculatorProvider JDK_DIGESTS = jdkDigests();
        private final PrivateKey key;
        private final X509Certificate certificate;
        private final JcaCertStore chain;
        private final String algorithm;
        private final boolean jdkDigests;

        Bare(Path p12, boolean jdkDigests) throws Exception {
            this.jdkDigests = jdkDigests;
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(p12)) {
                store.load(in, PASSWORD);
            }
            String alias = store.aliases().nextElement();
            key = (PrivateKey) store.getKey(alias, PASSWORD);
            certificate = (X509Certificate) store.getCertificate(alias);
            chain = new JcaCertStore(Arrays.asList(store.getCertificateChain(alias)));
            algorithm = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        }

        byte[] sign(byte[] content) throws Exception {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(jdkDigests
                    ? new JcaSignerInfoGeneratorBuilder(JDK_DIGESTS)
                            .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(key), certificate)
                    : new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BC).build(algorithm, key, certificate));
            generator.addCertificates(chain);
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        }

        boolean verify(byte[] signature, byte[] content) throws Exception {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            return signer.verify(jdkDigests
                    ? new JcaSignerInfoVerifierBuilder(JDK_DIGESTS).setProvider(BC).build(certificate)
                    : new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate));
        }

        private static DigestCalculatorProvider jdkDigests() {
            try {
                return new JcaDigestCalculatorProviderBuilder().build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Best of three interleaved rounds for each side, after a warm-up of each: on a shared two-core machine the
     * best round is the one least disturbed by other work, and interleaving exposes both sides to the same load.
     */
    static void compare(String operation, Callable<?>... sides) throws Exception {
        double[] best = new double[sides.length];
        for (Callable<?> side : sides) {
            rate(side);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < sides.length; i++) {
                best[i] = Math.max(best[i], rate(sides[i]));
            }
        }
        System.out.printf("%-26s %12.1f %12.1f %12.1f %7.2f %7.2f%n", operation, best[0], best[1], best[2],
                best[0] / best[1], best[0] / best[2]);
    }

    static double rate(Callable<?> operation) throws Exception {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int count = 0;
        Object sink = null;
        while (System.nanoTime() < end) {
            sink = operation.call();
            count++;
        }
        if (sink == null) {
            throw new IllegalStateException("operation returned nothing");
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /** A one-page letter plus an incompressible stream (a scanned seal, say) to reach the size. */
    static byte[] pdfOfAbout(int size) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("UBND TP Ho Chi Minh - So Thong tin va Truyen thong - Cong van so 01/STTTT");
                text.endText();
            }
            byte[] filler = new byte[size - 2048];
            new Random(2026).nextBytes(filler);
            PDStream stream = new PDStream(document);
            try (var out = stream.createOutputStream()) {
                out.write(filler);
            }
            page.getCOSObject().setItem(COSName.getPDFName("LienThongBenchFiller"), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
