package vn.lienthong.mail.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import vn.lienthong.mail.DemoMailboxContent;
import vn.lienthong.mail.MailAccount;
import vn.lienthong.mail.MailLoginMode;
import vn.lienthong.mail.Mailbox;
import vn.lienthong.mail.MailboxSettings;
import vn.lienthong.mail.SmimeSigner;
import vn.lienthong.mail.SmimeVerifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Where and how the webmail view reaches the city's mail server: the server's mail session
 * ({@code java:jboss/mail/LienThong}, config/30-mail.cli) with timeouts added, the login mode, and the S/MIME
 * trust anchors. The settings are system properties that the CLI script sets from environment variables:
 * <ul>
 *   <li>{@code lienthong.mail.login}: {@code password} (default) or {@code master};</li>
 *   <li>{@code lienthong.mail.master.user}, {@code lienthong.mail.master.password},
 *       {@code lienthong.mail.master.login-format} (default {@code {mailbox}*{master}}, Dovecot's);</li>
 *   <li>{@code lienthong.mail.timeout-ms}: connect and read timeout (default 10000);</li>
 *   <li>{@code lienthong.mail.smime.trust-anchors}: a PEM file of the CA certificates whose signers are trusted;
 *       when it is empty, the demo ({@code lienthong.demo}) trusts its own demo CA;</li>
 *   <li>{@code lienthong.mail.smime.keystore}, {@code lienthong.mail.smime.keystore-password}: the leaders' own
 *       signing keys (PKCS#12, one alias per mailbox address; docs/decisions/033), empty when nobody signs.</li>
 * </ul>
 */
@ApplicationScoped
public class MailConnections {

    private static final Logger LOG = Logger.getLogger(MailConnections.class.getName());

    @Resource(lookup = "java:jboss/mail/LienThong")
    Session configured;

    @Inject
    Clock clock;

    private volatile Session session;
    private volatile MailboxSettings settings;
    private volatile SigningKeys signingKeys;

    public MailLoginMode mode() {
        return MailLoginMode.parse(System.getProperty("lienthong.mail.login"));
    }

    /**
     * The account to log in with for the leader's own mailbox.
     *
     * @param password what the leader typed; ignored (and may be {@code null}) in master mode
     */
    public MailAccount account(String address, String displayName, String password) {
        if (mode() == MailLoginMode.MASTER) {
            return masterAccount(address, displayName, setting("lienthong.mail.master.user", ""),
                    setting("lienthong.mail.master.password", ""),
                    setting("lienthong.mail.master.login-format", "{mailbox}*{master}"));
        }
        return MailAccount.own(address, displayName, password == null ? "" : password);
    }

    /** The master login names the leader's mailbox and the master user: the server checks the master's password. */
    static MailAccount masterAccount(String address, String displayName, String master, String masterPassword,
                                     String format) {
        String login = format.replace("{mailbox}", address).replace("{master}", master);
        return new MailAccount(address, displayName, login, masterPassword);
    }

    public Mailbox open(MailAccount account) {
        return Mailbox.open(session(), account, settings());
    }

    /** The configured session plus timeouts: without them a dead mail server would hang the leader's request. */
    Session session() {
        Session built = session;
        if (built == null) {
            Properties properties = new Properties();
            properties.putAll(configured.getProperties());
            withTimeouts(properties, Long.parseLong(setting("lienthong.mail.timeout-ms", "10000").strip()));
            built = Session.getInstance(properties);
            session = built;
        }
        return built;
    }

    static void withTimeouts(Properties properties, long millis) {
        String value = String.valueOf(millis);
        for (String protocol : List.of("imap", "imaps", "smtp", "smtps")) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", value);
            properties.putIfAbsent("mail." + protocol + ".timeout", value);
            properties.putIfAbsent("mail." + protocol + ".writetimeout", value);
        }
        // Submission needs the leader's login; the WildFly session sets it only when a user is configured.
        properties.putIfAbsent("mail.smtp.auth", "true");
    }

    /** The leader's own S/MIME signer, when the signing keystore holds a key for this mailbox. */
    public Optional<SmimeSigner> signer(String address) {
        SigningKeys keys = signingKeys;
        String file = setting("lienthong.mail.smime.keystore", "");
        if (keys == null || !file.equals(keys.file())) {
            keys = new SigningKeys(file, setting("lienthong.mail.smime.keystore-password", ""));
            signingKeys = keys;
        }
        return keys.signerFor(address);
    }

    MailboxSettings settings() {
        MailboxSettings built = settings;
        if (built == null) {
            List<X509Certificate> anchors = trustAnchors(setting("lienthong.mail.smime.trust-anchors", ""));
            if (anchors.isEmpty() && Boolean.getBoolean("lienthong.demo")) {
                // The demo's signed messages come from the demo CA: without it the demo could never show "trusted".
                anchors.add(DemoMailboxContent.demoRoot(clock.instant()));
            }
            built = MailboxSettings.standard(new SmimeVerifier(anchors), clock);
            settings = built;
        }
        return built;
    }

    /** The CLI script sets every property, empty where the environment says nothing: empty means the default. */
    static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static List<X509Certificate> trustAnchors(String pemFile) {
        List<X509Certificate> anchors = new ArrayList<>();
        if (pemFile == null || pemFile.isBlank()) {
            return anchors;
        }
        try (InputStream in = Files.newInputStream(Path.of(pemFile))) {
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                anchors.add((X509Certificate) certificate);
            }
        } catch (IOException | CertificateException e) {
            // Without anchors every signature still gets its valid/invalid verdict, only never "trusted".
            LOG.warning(() -> "S/MIME trust anchors not read from " + pemFile + ": " + e);
        }
        return anchors;
    }
}
