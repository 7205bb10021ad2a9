package vn.lienthong.mail.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.mail.SmimeSigner;
import vn.lienthong.mail.SmimeVerdict;
import vn.lienthong.mail.SmimeVerifier;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class SigningKeysTest {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    private static final String LEADER = "lanhdao.sotttt@tphcm.gov.vn";

    @TempDir
    Path dir;

    @Test
    void aLeaderFoundInTheKeystoreSignsWithTheirOwnCertificate() throws Exception {
        DemoPki pki = DemoPki.create("Dương Thu Trang", LEADER, "Sở Thông tin và Truyền thông", NOW);
        Path file = write(dir.resolve("leaders.p12"), "kho-khoa", LEADER, pki);

        SmimeSigner signer = new SigningKeys(file.toString(), "kho-khoa").signerFor("LanhDao.SoTTTT@tphcm.gov.vn ").orElseThrow();

        Session session = Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session);
        message.setSubject("Ý kiến chỉ đạo", "UTF-8");
        message.setText("Đồng ý phương án.", "UTF-8");
        message.saveChanges();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        signer.sign(message).writeTo(wire);
        SmimeVerdict verdict = new SmimeVerifier(List.of(pki.root()))
                .verify(new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray())));
        assertTrue(verdict.isValidAndTrusted(), String.valueOf(verdict));
        assertEquals("Dương Thu Trang", verdict.signer().name());
    }

    @Test
    void nobodySignsWithoutAKeystoreAnEntryOrTheRightPassword() throws Exception {
        DemoPki pki = DemoPki.create("Dương Thu Trang", LEADER, "Sở Thông tin và Truyền thông", NOW);
        Path file = write(dir.resolve("leaders.p12"), "kho-khoa", LEADER, pki);

        assertEquals(Optional.empty(), new SigningKeys("", "").signerFor(LEADER).map(s -> "signer"));
        assertEquals(Optional.empty(), new SigningKeys(dir.resolve("missing.p12").toString(), "x").signerFor(LEADER).map(s -> "signer"));
        assertEquals(Optional.empty(), new SigningKeys(file.toString(), "kho-khoa").signerFor("lanhdao.quan1@tphcm.gov.vn").map(s -> "signer"));
        assertEquals(Optional.empty(), new SigningKeys(file.toString(), "sai").signerFor(LEADER).map(s -> "signer"));
    }

    @Test
    void aLeaderAddedToTheFileCanSignWithoutARestart() throws Exception {
        DemoPki first = DemoPki.create("Dương Thu Trang", LEADER, "Sở Thông tin và Truyền thông", NOW);
        Path file = write(dir.resolve("leaders.p12"), "kho-khoa", LEADER, first);
        SigningKeys keys = new SigningKeys(file.toString(), "kho-khoa");
        assertTrue(keys.signerFor(LEADER).isPresent());
        assertTrue(keys.signerFor("lanhdao.quan1@tphcm.gov.vn").isEmpty());

        DemoPki second = DemoPki.create("Phan Thị Lan", "lanhdao.quan1@tphcm.gov.vn", "UBND Quận 1", NOW);
        KeyStore store = load(file, "kho-khoa");
        add(store, "kho-khoa", "lanhdao.quan1@tphcm.gov.vn", second);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "kho-khoa".toCharArray());
        }
        Files.setLastModifiedTime(file, FileTime.from(NOW.plusSeconds(60)));
        assertTrue(keys.signerFor("lanhdao.quan1@tphcm.gov.vn").isPresent());
    }

    /** A PKCS#12 file with the leader's key and chain under the alias of their address, as an operator makes it. */
    public static Path write(Path file, String password, String address, DemoPki pki) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        add(store, password, address, pki);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private static void add(KeyStore store, String password, String address, DemoPki pki) throws Exception {
        store.setKeyEntry(address, pki.signerKey(), password.toCharArray(), pki.chain().toArray(Certificate[]::new));
    }

    private static KeyStore load(Path file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}
