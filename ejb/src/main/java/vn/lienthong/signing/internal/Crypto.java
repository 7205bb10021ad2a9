package vn.lienthong.signing.internal;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.security.Provider;

/**
 * The providers the signing code uses, chosen once. Bouncy Castle is passed to builders as an instance and never
 * registered with {@code Security.addProvider}, so a redeploy leaves no provider behind in the JVM. Digests come from
 * the JDK, whose SHA-256 uses CPU intrinsics and runs six times faster than Bouncy Castle's pure Java one.
 */
public final class Crypto {

    public static final Provider BC = new BouncyCastleProvider();

    private static final DigestCalculatorProvider JDK_DIGESTS;

    static {
        try {
            JDK_DIGESTS = new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Crypto() {
    }

    public static DigestCalculatorProvider digests() {
        return JDK_DIGESTS;
    }

    /** JCA name of a SHA-256 signature for this key: RSA PKCS#1 v1.5 or ECDSA, the two that agencies' tokens use. */
    public static String sha256SignatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("Unsupported signing key algorithm " + keyAlgorithm);
        };
    }
}
