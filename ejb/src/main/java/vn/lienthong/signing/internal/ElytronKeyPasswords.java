package vn.lienthong.signing.internal;

import org.jboss.as.server.CurrentServiceContainer;
import org.jboss.msc.service.ServiceController;
import org.jboss.msc.service.ServiceName;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.CredentialStoreException;
import org.wildfly.security.password.interfaces.ClearPassword;

import java.util.Objects;
import java.util.Optional;

/**
 * Passwords from a credential store of the server's Elytron subsystem ({@code /subsystem=elytron/credential-store=X}).
 * WildFly publishes each credential store as the MSC service of the capability
 * {@code org.wildfly.security.credential-store.X}; reading it there (rather than opening the file ourselves) means the
 * store's own password stays in the server's configuration, where operators manage it with the CLI.
 */
public final class ElytronKeyPasswords implements KeyPasswords {

    private static final ServiceName CAPABILITY = ServiceName.of("org", "wildfly", "security", "credential-store");

    private final String storeName;

    public ElytronKeyPasswords(String storeName) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
    }

    @Override
    public Optional<char[]> find(String name) {
        try {
            CredentialStore store = store();
            if (!store.exists(name, PasswordCredential.class)) {
                return Optional.empty();
            }
            PasswordCredential credential = store.retrieve(name, PasswordCredential.class);
            return Optional.of(credential.getPassword(ClearPassword.class).getPassword());
        } catch (CredentialStoreException e) {
            throw new IllegalStateException("Cannot read " + name + " from the credential store " + storeName, e);
        }
    }

    @Override
    public void store(String name, char[] password) {
        try {
            CredentialStore store = store();
            if (store.exists(name, PasswordCredential.class)) {
                store.remove(name, PasswordCredential.class); // a regenerated demo PKI replaces its passwords
            }
            store.store(name, new PasswordCredential(ClearPassword.createRaw(ClearPassword.ALGORITHM_CLEAR, password)));
            store.flush();
        } catch (CredentialStoreException e) {
            throw new IllegalStateException("Cannot write " + name + " to the credential store " + storeName, e);
        }
    }

    private CredentialStore store() {
        ServiceController<?> controller = CurrentServiceContainer.getServiceContainer()
                .getService(CAPABILITY.append(storeName));
        if (controller == null || !(controller.getValue() instanceof CredentialStore store)) {
            throw new IllegalStateException("No credential store " + storeName
                    + " in the server: apply config/55-signing.cli");
        }
        return store;
    }
}
