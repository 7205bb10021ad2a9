package vn.lienthong.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.exchange.DocumentFile;
import vn.lienthong.exchange.FileRole;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.SignatureCheck;
import vn.lienthong.signing.Reason;
import vn.lienthong.signing.SignatureReport;
import vn.lienthong.signing.Signatures;
import vn.lienthong.signing.Verdict;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks the signatures of a document once, when it arrives, and keeps what was found (decision 051): each file with
 * its detached {@code <name>.p7s} when one came with it, else the signature inside it (PAdES); an edXML package's
 * envelope too. The incoming document gets the worst verdict, which decides whether the clerk may accept it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ArrivalSignatures {

    @PersistenceContext
    EntityManager em;

    @Inject
    PayloadStore payloads;

    @Inject
    Signatures signatures;

    @Inject
    Clock clock;

    /**
     * A document delivered inside LienThong: its stored files, as the sender signed them at issue. A new incoming
     * document is persisted here, once its verdict is set.
     */
    public Optional<Verdict> checkStored(IncomingDocument incoming) {
        List<DocumentFile> files = em.createNamedQuery("DocumentFile.ofDocument", DocumentFile.class)
                .setParameter("document", incoming.delivery().outgoingId()).getResultList();
        Map<DocumentFile, byte[]> contents = new LinkedHashMap<>();
        for (DocumentFile file : files) {
            if (file.refusal().isEmpty()) {
                contents.put(file, payloads.get(file.sha256()).orElseThrow());
            }
        }
        return check(incoming, contents, null);
    }

    /**
     * A document imported from an edXML package: the bytes the package carried (a file that content inspection kept
     * out is still checked), and the package itself for its XMLDSig signature.
     *
     * @param received each file of the imported document with the bytes that came for it
     */
    public Optional<Verdict> checkReceived(IncomingDocument incoming, Map<DocumentFile, byte[]> received, byte[] edxml) {
        return check(incoming, received, edxml);
    }

    private Optional<Verdict> check(IncomingDocument incoming, Map<DocumentFile, byte[]> contents, byte[] edxmlOrNull) {
        Map<String, byte[]> detached = new HashMap<>();
        contents.forEach((file, bytes) -> {
            if (file.role() == FileRole.SIGNATURE) {
                detached.put(file.fileName(), bytes);
            }
        });
        Instant now = clock.instant();
        // The reports first, then the verdict on the document, then the rows: a document that arrives through the
        // router is stored here, once, with its verdict, rather than inserted and updated at once (decision 043).
        Map<DocumentFile, SignatureReport> reports = new LinkedHashMap<>();
        contents.entrySet().stream().filter(e -> e.getKey().role() != FileRole.SIGNATURE)
                .sorted(Comparator.comparing((Map.Entry<DocumentFile, byte[]> e) -> e.getKey().role())
                        .thenComparing(e -> e.getKey().id()))
                .forEach(e -> {
                    DocumentFile file = e.getKey();
                    String signatureName = file.fileName() + ".p7s";
                    byte[] signature = detached.get(signatureName);
                    reports.put(file, signatures.verify(file.fileName(), e.getValue(),
                            signature == null ? null : signatureName, signature));
                });
        SignatureReport envelope = edxmlOrNull == null ? null : envelope(edxmlOrNull);
        Optional<SignatureReport> worst = Stream.concat(reports.values().stream(), Stream.ofNullable(envelope))
                .max(Comparator.comparing(r -> severity(r.verdict())));
        worst.ifPresent(r -> incoming.signaturesChecked(r.verdict(), r.reason()));
        if (!em.contains(incoming)) {
            em.persist(incoming);
        }
        List<SignatureCheck> checks = new ArrayList<>();
        reports.forEach((file, report) -> checks.add(new SignatureCheck(incoming.id(), file.id(), file.fileName(),
                report, now)));
        if (envelope != null) {
            checks.add(new SignatureCheck(incoming.id(), null, SignatureCheck.ENVELOPE, envelope, now));
        }
        checks.forEach(em::persist);
        return worst.map(SignatureReport::verdict);
    }

    /**
     * The package's XMLDSig. An envelope without one is INDETERMINATE rather than INVALID (decision 051): the legal
     * value is in the files' own signatures, checked one by one, and real platforms do not all sign envelopes.
     */
    private SignatureReport envelope(byte[] edxml) {
        SignatureReport report = signatures.verifyEnvelope(edxml);
        return report.reason() == Reason.NO_SIGNATURE ? report.withVerdict(Verdict.INDETERMINATE, Reason.NO_SIGNATURE)
                : report;
    }

    /** INVALID outweighs INDETERMINATE, which outweighs VALID. */
    private static int severity(Verdict verdict) {
        return switch (verdict) {
            case VALID -> 0;
            case INDETERMINATE -> 1;
            case INVALID -> 2;
        };
    }
}
