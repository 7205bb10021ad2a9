package vn.lienthong.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.content.FileKind;
import vn.lienthong.exchange.DocumentFile;
import vn.lienthong.exchange.FileRole;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.signing.SignedFile;
import vn.lienthong.signing.Signatures;

import java.util.ArrayList;
import java.util.List;

/**
 * Signs a document's files in its agency's name when it is issued, in the issuing transaction (decision 051): the
 * main PDF gets PAdES and its signed bytes replace the stored ones; every other file, appendices included, keeps its
 * bytes and gets a detached {@code <name>.p7s} beside it. What is stored is what travels.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IssueSigner {

    @PersistenceContext
    EntityManager em;

    @Inject
    PayloadStore payloads;

    @Inject
    FileIntake intake;

    @Inject
    Signatures signatures;

    /**
     * @return one line per signed file, for the audit trail; empty when the document has no file
     * @throws vn.lienthong.signing.SigningKeyMissingException when the agency has no signing key
     */
    public List<String> sign(OutgoingDocument document, String by) {
        List<DocumentFile> files = em.createNamedQuery("DocumentFile.ofDocument", DocumentFile.class)
                .setParameter("document", document.id()).getResultList();
        // A .p7s added by hand before issue is superseded: the agency's signature made now is the one that travels.
        for (DocumentFile old : files) {
            if (old.role() == FileRole.SIGNATURE) {
                em.remove(old);
                payloads.releaseIfUnused(old.sha256());
            }
        }
        List<String> signed = new ArrayList<>();
        for (DocumentFile file : files) {
            if (file.role() == FileRole.SIGNATURE || file.refusal().isPresent()) {
                continue;
            }
            byte[] content = payloads.get(file.sha256()).orElseThrow();
            if (file.role() == FileRole.MAIN && file.kind().filter(k -> k == FileKind.PDF).isPresent()) {
                SignedFile pades = signatures.signAsAgency(document.agency(), file.fileName(), content);
                String old = file.sha256();
                file.signedInPlace(payloads.put(pades.content()), pades.content().length);
                payloads.releaseIfUnused(old);
                signed.add("PAdES " + file.fileName() + " sha256=" + file.sha256());
            } else {
                SignedFile cms = signatures.signDetachedAsAgency(document.agency(), file.fileName(), content);
                DocumentFile p7s = intake.signature(document.id(), cms.signatureFileName(), cms.detachedSignature(), by);
                signed.add("CMS " + p7s.fileName() + " sha256=" + p7s.sha256());
            }
        }
        return signed;
    }
}
