package vn.lienthong.signing;

import vn.lienthong.signing.internal.KeyPasswords;
import vn.lienthong.signing.internal.SigningConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured keystores, opened on first use with their passwords from the credential store and kept open: a
 * PKCS#12 file costs a key derivation to open, far more than a signature.
 */
final class Keyring {

    /** The signers of one keystore: CMS for any file, PAdES for PDFs, XMLDSig for edXML envelopes. */
    record Signers(SigningKey key, CmsSigner cms, PadesSigner pades, EnvelopeSigner envelope) {
    }

    private final SigningConfiguration configuration;
    private final KeyPasswords passwords;
    private final Clock clock;
    private final Map<String, Signers> open = new ConcurrentHashMap<>();

    Keyring(SigningConfiguration configuration, KeyPasswords passwords, Clock clock) {
        this.configuration = configuration;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * @param stem an agency code, or {@link DemoPki#SYSTEM}
     * @throws SigningKeyMissingException when there is no keystore, or no password for it
     */
    Signers signers(String stem) {
        return open.computeIfAbsent(stem, this::load);
    }

    private Signers load(String stem) {
        Path file = configuration.keyStore(stem);
        if (!Files.isRegularFile(file)) {
            throw new SigningKeyMissingException("signature.key.missing", stem);
        }
        char[] password = passwords.find(KeyPasswords.nameOf(stem))
                .orElseThrow(() -> new SigningKeyMissingException("signature.key.noPassword", stem));
        try {
            SigningKey key = SigningKey.fromPkcs12(file, password);
            return new Signers(key, new CmsSigner(key, clock), new PadesSigner(key, clock,
                    configuration.timestampAuthority().orElse(null)), new EnvelopeSigner(key));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Forgets opened keys, so that keystores an operator replaced are read again. */
    void close() {
        open.clear();
    }
}
