package vn.lienthong.signing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.ExchangeReach;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.signing.internal.CertificateFiles;
import vn.lienthong.signing.internal.ElytronKeyPasswords;
import vn.lienthong.signing.internal.KeyPasswords;
import vn.lienthong.signing.internal.RecentVerdicts;
import vn.lienthong.signing.internal.SignedForms;
import vn.lienthong.signing.internal.SigningConfiguration;
import vn.lienthong.signing.internal.TrustSources;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The server's signing and verification, for every module: agencies sign what they issue, LienThong signs what it
 * publishes itself, and anything received or uploaded is verified against the city's trust. Keys, trust and CRLs are
 * where config/55-signing.cli says; the key passwords come from the Elytron credential store. On the demo's first
 * start the demo PKI is generated (see {@link DemoPki}).
 * <p>
 * Internal: callers are the other services, which do their own authorisation, hence {@code @PermitAll}.
 */
@Startup
@Singleton
@DependsOn("SampleDataGenerator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Signatures {

    private static final Logger LOG = Logger.getLogger(Signatures.class.getName());
    /** The answer while no trust store is configured: nothing can be proven good or bad. */
    private static final SignatureReport UNJUDGED = SignatureReport.of(Verdict.INDETERMINATE, Reason.UNTRUSTED);

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    private SigningConfiguration configuration;
    private Keyring keyring;
    /** Both {@code null} while no trust store is configured. */
    private TrustSources trust;
    /** {@code null} while no trust store is configured. */
    private volatile Verification verification;

    /** The verifier for the CRLs read last, and the verdicts it gave lately: replaced together (decision 042). */
    private record Verification(SignatureVerifier verifier, RecentVerdicts recent) {
    }

    @PostConstruct
    void start() {
        configuration = SigningConfiguration.fromSystemProperties(
                Path.of(System.getProperty("jboss.server.data.dir", "."), "lienthong", "signing"));
        KeyPasswords passwords = new ElytronKeyPasswords(configuration.credentialStore());
        if (Boolean.getBoolean("lienthong.demo") && !DemoPki.isPresent(configuration.keyStoreDirectory())) {
            generateDemoPki(passwords);
        }
        keyring = new Keyring(configuration, passwords, clock);
        try {
            trust = TrustSources.load(configuration, passwords);
        } catch (InvalidInputException e) {
            // The rest of LienThong must still run on a server whose trust is not set up yet: until it is, no
            // signature can be judged, and each says so (INDETERMINATE), rather than the deployment failing.
            LOG.severe(() -> "No usable trust store " + configuration.trustStores() + " (" + e.getMessage()
                    + "): signatures cannot be verified until lienthong.signing.truststore names the city's roots");
            return;
        }
        verification = verification();
        if (!configuration.crlSources().isEmpty()) {
            long every = configuration.crlRefresh().toMillis();
            timers.createIntervalTimer(every, every, new TimerConfig("CRL refresh", false));
        }
        LOG.info(() -> "Signing keys in " + configuration.keyStoreDirectory() + ", trust " + configuration.trustStores()
                + ", " + trust.roots().size() + " root(s), CRL sources " + configuration.crlSources()
                + configuration.timestampAuthority().map(tsa -> ", timestamps from " + tsa).orElse(""));
    }

    @PreDestroy
    void stop() {
        keyring.close();
    }

    /** Reads the CRLs again; a source that fails keeps its previous CRLs (logged). */
    @Timeout
    void refreshCrls() {
        verification = verification();
    }

    /**
     * A verifier with the CRLs read now. Its verdicts are given again for the same bytes for
     * {@code lienthong.signing.recentVerdictSeconds} (60 by default, 0 turns it off), so that a document arriving at
     * several agencies at once is verified once.
     */
    private Verification verification() {
        Duration keep = Duration.ofSeconds(Long.getLong("lienthong.signing.recentVerdictSeconds", 60));
        return new Verification(new SignatureVerifier(trust.refresh(), clock), new RecentVerdicts(clock, keep, 256));
    }

    /**
     * Signs a file in an agency's name: a PDF (told by its content) gets a PAdES signature inside it; any other file
     * stays as it is, with a detached CMS signature named {@code <fileName>.p7s}.
     *
     * @throws SigningKeyMissingException when the agency has no key configured
     * @throws InvalidInputException      when the file is empty, or a PDF that cannot be read
     */
    public SignedFile signAsAgency(AgencyCode agency, String fileName, byte[] content) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(fileName, "fileName");
        requireContent(content);
        Keyring.Signers signers = keyring.signers(agency.value());
        if (SignedForms.of(content) == SignedForms.Form.PDF) {
            return SignedFile.embedded(signers.pades().sign(content));
        }
        return SignedFile.detached(content, signers.cms().signDetached(content), fileName + ".p7s");
    }

    /**
     * A detached CMS signature ({@code <fileName>.p7s}) in an agency's name, whatever the file is: appendices are
     * signed by the organisation without touching them, PDFs included (Decree 30/2020).
     *
     * @throws SigningKeyMissingException when the agency has no key configured
     */
    public SignedFile signDetachedAsAgency(AgencyCode agency, String fileName, byte[] content) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(fileName, "fileName");
        requireContent(content);
        return SignedFile.detached(content, keyring.signers(agency.value()).cms().signDetached(content),
                fileName + ".p7s");
    }

    /** A detached CMS signature by LienThong itself, for what the system publishes (signed statistics exports). */
    public byte[] signAsSystem(byte[] content) {
        requireContent(content);
        return keyring.signers(DemoPki.SYSTEM).cms().signDetached(content);
    }

    /**
     * Verifies a file: with a detached signature, that signature over it; otherwise the signature the file carries
     * (PAdES PDF, attached CMS, S/MIME message), told apart by content. Never throws for a bad file.
     *
     * @param fileName                the file's name, for the log
     * @param detachedSignatureOrNull a {@code .p7s} (DER or PEM), or {@code null}
     */
    public SignatureReport verify(String fileName, byte[] content, byte[] detachedSignatureOrNull) {
        return verify(fileName, content, null, detachedSignatureOrNull);
    }

    /**
     * As {@link #verify(String, byte[], byte[])}; the signature's own file name ({@code congvan.docx.p7s}) lets a
     * signature paired with the wrong file be reported as WRONG_CONTENT rather than TAMPERED.
     */
    public SignatureReport verify(String fileName, byte[] content, String signatureFileName, byte[] signature) {
        requireContent(content);
        Verification current = verification;
        SignatureReport report = current == null ? UNJUDGED : current.recent().verdict(content, signatureFileName,
                signature, () -> current.verifier().verify(content, signatureFileName, signature));
        LOG.fine(() -> fileName + ": " + report.verdict() + " " + report.reason());
        return report;
    }

    /**
     * An edXML package signed in the sending agency's name: an enveloped XMLDSig signature over the whole envelope,
     * in its header, replacing any signature it carried.
     *
     * @throws InvalidInputException when the package is not well-formed XML
     */
    public byte[] signEnvelope(AgencyCode agency, byte[] edxml) {
        Objects.requireNonNull(agency, "agency");
        requireContent(edxml);
        return keyring.signers(agency.value()).envelope().sign(edxml);
    }

    /** The XMLDSig signature of an imported edXML package. Never throws for a bad package. */
    public SignatureReport verifyEnvelope(byte[] edxml) {
        requireContent(edxml);
        Verification current = verification;
        return current == null ? UNJUDGED : current.verifier().verifyEnvelope(edxml);
    }

    /** The trusted roots in PEM, what {@code openssl cms -verify -CAfile} needs to check LienThong's signatures. */
    public String trustedRootsPem() {
        if (trust == null) {
            return "";
        }
        StringBuilder pem = new StringBuilder();
        trust.roots().forEach(root -> pem.append(CertificateFiles.pem(root)));
        return pem.toString();
    }

    /** The certificate an agency signs with. @throws SigningKeyMissingException when it has no key */
    public X509Certificate signerCertificate(AgencyCode agency) {
        return keyring.signers(agency.value()).key().certificate();
    }

    /** The system's own signing certificate (statistics exports). */
    public X509Certificate systemCertificate() {
        return keyring.signers(DemoPki.SYSTEM).key().certificate();
    }

    private static void requireContent(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("signature.content.empty");
        }
    }

    /** Every agency on LienThong gets a key, and the system one; each keystore a random password. */
    private void generateDemoPki(KeyPasswords passwords) {
        Map<AgencyCode, String> agencies = new LinkedHashMap<>();
        for (Agency agency : em.createNamedQuery("Agency.findAll", Agency.class).getResultList()) {
            // Agencies reached through the national platform sign with their own keys, never with the city's.
            if (agency.reach() == ExchangeReach.LIENTHONG) {
                agencies.put(agency.code(), agency.name());
            }
        }
        SecureRandom random = new SecureRandom();
        new DemoPki(clock).generate(agencies, configuration.keyStoreDirectory(), stem -> {
            char[] password = randomPassword(random);
            passwords.store(KeyPasswords.nameOf(stem), password);
            return password;
        });
        LOG.info(() -> "Demo PKI generated in " + configuration.keyStoreDirectory() + " for " + agencies.size()
                + " agencies; key passwords in the credential store " + configuration.credentialStore());
    }

    private static char[] randomPassword(SecureRandom random) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return password;
    }
}
