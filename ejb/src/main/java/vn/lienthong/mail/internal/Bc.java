package vn.lienthong.mail.internal;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;

/**
 * The one Bouncy Castle provider instance, handed to BC builders and never registered with {@code Security}: a
 * registration from a deployment outlives redeploys and clashes with the server's own copy.
 */
public final class Bc {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {
    }
}
