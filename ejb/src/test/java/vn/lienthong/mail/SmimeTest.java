package vn.lienthong.mail;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.mail.SmimeVerdict.Signature;
import vn.lienthong.mail.SmimeVerdict.Trust;
import vn.lienthong.mail.internal.DemoPki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmimeTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static DemoPki pki;

    @BeforeAll
    static void certificates() {
        pki = DemoPki.create("Nguyễn Văn An", "an.nv@tphcm.gov.vn", "Sở Tài chính TP.HCM", Instant.now());
    }

    @Test
    void aSignedMessageIsValidAndNamesItsSigner() throws Exception {
        MimeMessage signed = roundTrip(new SmimeSigner(pki.signerKey(), pki.chain()).sign(plain()));

        SmimeVerdict verdict = new SmimeVerifier(List.of(pki.root())).verify(signed);

        assertEquals(Signature.VALID, verdict.signature(), verdict.problem());
        assertEquals(Trust.TRUSTED, verdict.trust(), verdict.problem());
        assertTrue(verdict.isValidAndTrusted());
        assertEquals("Nguyễn Văn An", verdict.signer().name());
        assertEquals("an.nv@tphcm.gov.vn", verdict.signer().email());
        assertEquals("Sở Tài chính TP.HCM", verdict.signer().organisation());
        assertTrue(verdict.matchesSender());
        assertNotNull(verdict.signedAt());
    }

    @Test
    void aSignedMultipartWithAnAttachmentIsValid() throws Exception {
        MimeMessage message = plain();
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Gửi anh dự thảo tờ trình.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(new byte[]{'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2}, "application/pdf");
        file.setFileName("Dự thảo.pdf");
        mixed.addBodyPart(text);
        mixed.addBodyPart(file);
        message.setContent(mixed);
        message.saveChanges();

        MimeMessage signed = roundTrip(new SmimeSigner(pki.signerKey(), pki.chain()).sign(message));

        assertEquals(Signature.VALID, new SmimeVerifier(List.of()).verify(signed).signature());
    }

    @Test
    void aTamperedBodyIsInvalid() throws Exception {
        MimeMessage signed = new SmimeSigner(pki.signerKey(), pki.chain()).sign(plain());
        String raw = bytes(signed);
        assertTrue(raw.contains("150000000"));

        MimeMessage tampered = new MimeMessage(SESSION,
                new ByteArrayInputStream(raw.replace("150000000", "950000000").getBytes(StandardCharsets.ISO_8859_1)));
        SmimeVerdict verdict = new SmimeVerifier(List.of(pki.root())).verify(tampered);

        assertEquals(Signature.INVALID, verdict.signature());
        assertFalse(verdict.isValidAndTrusted());
        assertEquals("Nguyễn Văn An", verdict.signer().name(), "the reader still sees who claims to have signed");
        // The reason is said in English for the log, and in the reader's language for the API.
        assertEquals(SmimeVerdict.Problem.CONTENT_CHANGED, verdict.reason());
        assertEquals("The content changed after signing.", verdict.problem());
        assertEquals("Nội dung thư đã bị thay đổi sau khi ký.",
                verdict.inLanguage(java.util.Locale.forLanguageTag("vi")).problem());
        assertEquals(verdict.problem(), verdict.inLanguage(java.util.Locale.ENGLISH).problem());
    }

    @Test
    void anUnknownRootIsValidButUntrusted() throws Exception {
        DemoPki stranger = DemoPki.create("Kẻ lạ", "la@example.com", "Không rõ", Instant.now());
        MimeMessage signed = roundTrip(new SmimeSigner(pki.signerKey(), pki.chain()).sign(plain()));

        SmimeVerdict verdict = new SmimeVerifier(List.of(stranger.root())).verify(signed);

        assertEquals(Signature.VALID, verdict.signature());
        assertEquals(Trust.UNTRUSTED, verdict.trust());
        assertNotNull(verdict.problem());
        assertEquals(SmimeVerdict.Problem.NO_TRUSTED_PATH, verdict.reason());
        assertTrue(verdict.inLanguage(null).problem().startsWith("Chữ ký hợp lệ nhưng chứng thư số của người ký"),
                verdict.inLanguage(null).problem());
    }

    @Test
    void anOpaqueSignedDataMessageIsVerifiedAndItsContentReadable() throws Exception {
        var generator = new org.bouncycastle.mail.smime.SMIMESignedGenerator();
        generator.addSignerInfoGenerator(new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder()
                .setProvider(vn.lienthong.mail.internal.Bc.PROVIDER).build("SHA256withECDSA", pki.signerKey(), pki.signer()));
        generator.addCertificates(new org.bouncycastle.cert.jcajce.JcaCertStore(pki.chain()));
        MimeBodyPart content = new MimeBodyPart();
        content.setText("Nội dung đóng gói 150000000.", "UTF-8");
        MimeBodyPart opaque = generator.generateEncapsulated(content);
        MimeMessage message = plain();
        message.setContent(opaque.getContent(), opaque.getContentType());
        message.setHeader("Content-Transfer-Encoding", "base64");
        message.saveChanges();
        MimeMessage received = roundTrip(message);

        SmimeVerdict verdict = new SmimeVerifier(List.of(pki.root())).verify(received);

        assertEquals(Signature.VALID, verdict.signature(), verdict.problem());
        assertTrue(verdict.isValidAndTrusted());
        assertEquals("Nội dung đóng gói 150000000.",
                vn.lienthong.mail.internal.MimeTree.of(vn.lienthong.mail.internal.MimeTree.readable(received)).text());
    }

    @Test
    void anUnsignedMessageIsNotSigned() throws Exception {
        assertEquals(SmimeVerdict.NOT_SIGNED, new SmimeVerifier(List.of(pki.root())).verify(roundTrip(plain())));
    }

    @Test
    void theSignerCannotBeSomeoneElse() throws Exception {
        MimeMessage message = plain();
        message.setFrom(new InternetAddress("gia.mao@tphcm.gov.vn"));
        SmimeVerdict verdict = new SmimeVerifier(List.of(pki.root()))
                .verify(roundTrip(new SmimeSigner(pki.signerKey(), pki.chain()).sign(message)));
        assertEquals(Signature.VALID, verdict.signature());
        assertFalse(verdict.matchesSender());
        assertNotEquals("gia.mao@tphcm.gov.vn", verdict.signer().email());
    }

    static MimeMessage plain() throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress("an.nv@tphcm.gov.vn", "Nguyễn Văn An", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("lanhdao@tphcm.gov.vn"));
        message.setSubject("Đề nghị tạm ứng kinh phí", "UTF-8");
        message.setText("Kính gửi Giám đốc,\r\nĐề nghị tạm ứng 150000000 đồng cho hội nghị.\r\nTrân trọng.", "UTF-8");
        message.saveChanges();
        return message;
    }

    private static MimeMessage roundTrip(MimeMessage message) throws Exception {
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes(message).getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
