package vn.lienthong.signing.internal;

import java.util.Optional;

/**
 * Where keystore passwords live, by name ({@code signing.<agency code>}, {@code signing.system}). On the server this
 * is the Elytron credential store that config/55-signing.cli creates; never source code or a system property.
 */
public interface KeyPasswords {

    /** The password stored under {@code name}, or empty. The caller clears the array once the keystore is open. */
    Optional<char[]> find(String name);

    /** Stores (or replaces) a password and persists the store: the demo generates its keys' passwords. */
    void store(String name, char[] password);

    /** The name a keystore's password is stored under: {@code signing.} and the keystore's stem, in lower case. */
    static String nameOf(String stem) {
        return "signing." + stem.toLowerCase(java.util.Locale.ROOT);
    }
}
