package vn.lienthong.signing;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PAdES-B-T: with a timestamp authority configured, the signature value carries an RFC 3161 token. */
class TimestampTest {

    private static HttpServer tsa;
    private static X509Certificate tsaCertificate;
    private static URI tsaUrl;

    /** A small RFC 3161 authority on loopback, made with Bouncy Castle's own TSP generator. */
    @BeforeAll
    static void startAuthority() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=Test TSA,O=LienThong tests,C=VN");
        tsaCertificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.ONE, Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(1, ChronoUnit.DAYS)),
                name, keys.getPublic())
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", keys.getPrivate(), tsaCertificate),
                new JcaDigestCalculatorProviderBuilder().build().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsaCertificate)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        AtomicLong serial = new AtomicLong();
        tsa = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        tsa.createContext("/tsa", exchange -> {
            try {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] answer = responses.generate(request, BigInteger.valueOf(serial.incrementAndGet()), new Date())
                        .getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        tsa.start();
        tsaUrl = URI.create("http://127.0.0.1:" + tsa.getAddress().getPort() + "/tsa");
    }

    @AfterAll
    static void stopAuthority() {
        tsa.stop(0);
    }

    private static SigningKey key() {
        return SigningKey.fromPkcs12(Fixtures.pki("sotttt.p12"), Fixtures.PASSWORD);
    }

    @Test
    void thePadesSignatureValueIsTimestampedAndStillVerifies(@TempDir Path dir) throws Exception {
        byte[] signed = new PadesSigner(key(), Clock.systemUTC(), tsaUrl).sign(Fixtures.bytes("docs/congvan.pdf"));
        SignatureReport report = new SignatureVerifier(Fixtures.trust(), Clock.systemUTC()).verifyPdf(signed);
        assertEquals(Verdict.VALID, report.verdict(), report.toString());

        byte[] cms;
        try (PDDocument document = Loader.loadPDF(signed)) {
            cms = document.getLastSignatureDictionary().getContents();
        }
        SignerInformation signer = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        assertNotNull(attribute, "signature-time-stamp attribute");
        TimeStampToken token = new TimeStampToken(new CMSSignedData(
                attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()),
                token.getTimeStampInfo().getMessageImprintDigest(), "the token stamps this signature value");
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate));

        Path pdf = Files.write(dir.resolve("congvan.bt.pdf"), signed);
        ExternalTool pdfsig = ExternalTool.run("pdfsig", pdf.toString());
        assertTrue(pdfsig.output().contains("Signature Validation: Signature is Valid."), pdfsig.output());
    }

    @Test
    void anUnreachableAuthoritySignsNothing() {
        URI nowhere = URI.create("http://127.0.0.1:" + tsa.getAddress().getPort() + "/missing");
        TimestampUnavailableException refused = assertThrows(TimestampUnavailableException.class,
                () -> new PadesSigner(key(), Clock.systemUTC(), nowhere).sign(Fixtures.bytes("docs/congvan.pdf")));
        assertEquals("signature.tsa.unavailable", refused.messageKey());
    }
}
