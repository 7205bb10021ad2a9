package vn.lienthong.mail.internal;

import vn.lienthong.mail.SmimeSigner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The leaders' own S/MIME signing keys: one PKCS#12 file (lienthong.mail.smime.keystore) holding, for each leader
 * who has a certificate, the private key and its chain under an alias that is the leader's mailbox address. Read
 * again when the file changes, so that adding a leader's certificate needs no restart.
 */
public final class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private final Path file;
    private final String configured;
    private final char[] password;
    private KeyStore loaded;
    private long loadedModified = Long.MIN_VALUE;

    /**
     * @param file     the PKCS#12 file, or {@code null} or blank when S/MIME signing is not configured
     * @param password its password (the same protects every key in it)
     */
    public SigningKeys(String file, String password) {
        this.file = file == null || file.isBlank() ? null : Path.of(file.strip());
        this.configured = file == null ? "" : file.strip();
        this.password = password == null ? new char[0] : password.toCharArray();
    }

    /** The file as configured, empty when none is. */
    String file() {
        return configured;
    }

    /** A signer with the leader's key and certificate, when the file holds one for this address. */
    public synchronized Optional<SmimeSigner> signerFor(String address) {
        KeyStore store = store();
        if (store == null || address == null) {
            return Optional.empty();
        }
        String alias = address.strip().toLowerCase(Locale.ROOT);
        try {
            if (!store.isKeyEntry(alias)) {
                return Optional.empty();
            }
            Key key = store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                return Optional.empty();
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : chain) {
                certificates.add((X509Certificate) certificate);
            }
            return Optional.of(new SmimeSigner(privateKey, certificates));
        } catch (GeneralSecurityException | RuntimeException e) {
            LOG.warning(() -> "S/MIME key of " + alias + " not usable: " + e);
            return Optional.empty();
        }
    }

    private KeyStore store() {
        if (file == null || !Files.isReadable(file)) {
            return null;
        }
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            if (loaded == null || modified != loadedModified) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
                loaded = store;
                loadedModified = modified;
            }
            return loaded;
        } catch (IOException | GeneralSecurityException e) {
            // A wrong password or a broken file: no leader can sign, and the log says why (never the password).
            LOG.warning(() -> "S/MIME keystore " + file + " not read: " + e.getMessage());
            return null;
        }
    }
}
