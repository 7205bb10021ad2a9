package vn.lienthong.signing;

import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.signing.internal.CertificateFiles;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An agency's signing key with its certificate chain (signer first), as held in its PKCS#12 keystore. The chain
 * travels inside every signature so that receivers can build the path to their own trusted root.
 */
public final class SigningKey {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    public SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs at least its own certificate");
        }
    }

    /** The first key entry of a PKCS#12 keystore, whose key has the store's password. */
    public static SigningKey fromPkcs12(Path file, char[] password) {
        KeyStore store = CertificateFiles.loadKeyStore(file, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate[] chain = store.getCertificateChain(alias);
                    return new SigningKey((PrivateKey) store.getKey(alias, password),
                            Arrays.stream(chain).map(X509Certificate.class::cast).toList());
                }
            }
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new InvalidInputException("signature.keystore.unreadable", file.toString());
        }
        throw new InvalidInputException("signature.keystore.noKey", file.toString());
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "SigningKey[" + certificate().getSubjectX500Principal() + "]";
    }
}
