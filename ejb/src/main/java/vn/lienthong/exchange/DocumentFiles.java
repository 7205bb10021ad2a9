package vn.lienthong.exchange;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.content.RefusedContentException;
import vn.lienthong.directory.Caller;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.exchange.internal.FileIntake;
import vn.lienthong.exchange.internal.PayloadStore;
import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Role;

import java.util.List;
import java.util.Optional;

/**
 * Tệp văn bản: the main file and appendices of a document. A clerk adds them to a draft of their agency; every file
 * is typed and checked by content inspection, and a classified document never holds a file. A file whose text carries
 * a secrecy stamp while the document is marked ordinary holds the document for a leader of the agency, who releases
 * it or re-marks it. The sender's clerks and the recipients' clerks and leaders open the files; nobody else.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME})
public class DocumentFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryService directory;

    @Inject
    FileIntake intake;

    @Inject
    PayloadStore payloads;

    @Inject
    AuditTrail audit;

    @Inject
    OutgoingDocuments documents;

    /** The configured size limit for one file, in bytes (system property {@code lienthong.files.maxBytes}). */
    @PermitAll
    public long maxBytes() {
        return FileIntake.maxBytes();
    }

    /**
     * Adds a file to a draft of the caller's agency. Refused (and audited) for a classified document; refused with the
     * reason for an empty, oversized or unacceptable file. A stamp in the text of an ordinary document holds it.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public DocumentFile add(long documentId, FileRole role, String fileName, byte[] content) {
        Caller caller = directory.caller();
        OutgoingDocument document = ownForUpdate(documentId, caller);
        if (role == null || role == FileRole.SIGNATURE) {
            throw new InvalidInputException("file.role.invalid", String.valueOf(role));
        }
        if (document.secrecy().isClassified()) {
            audit.recordRefusal(AuditAction.FILE_REFUSED, caller.agency().value(), subject(document),
                    "classified " + document.secrecy().name() + ": " + safeForLog(fileName));
            throw new CarvedOutException(CarveOut.CLASSIFIED, "file.classified", document.secrecy().label());
        }
        document.requireEditableFiles();
        if (role == FileRole.MAIN && files(documentId).stream().anyMatch(f -> f.role() == FileRole.MAIN)) {
            throw new DocumentStateException("file.main.exists");
        }
        DocumentFile file;
        try {
            file = intake.accept(documentId, role, fileName, content, caller.username());
        } catch (RefusedContentException e) {
            audit.recordRefusal(AuditAction.FILE_REFUSED, caller.agency().value(), subject(document),
                    e.reason() + " " + e.detectedType() + ": " + safeForLog(fileName));
            throw e;
        }
        audit.record(AuditAction.FILE_ADDED, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                file.role() + " " + file.fileName() + " " + file.size() + " B sha256=" + file.sha256());
        file.hold().ifPresent(reason -> {
            document.hold();
            audit.record(AuditAction.DOCUMENT_HELD, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                    reason.grade() + " \"" + reason.matched() + "\" in " + reason.fileName() + " line " + reason.line());
        });
        return file;
    }

    /**
     * Drafts a document with its files in one transaction: a refused file leaves no draft behind (the refusal itself
     * stays in the audit trail).
     */
    @RolesAllowed(Role.CLERK_NAME)
    public OutgoingDocument draftWithFiles(OutgoingDraft draft, List<NewFile> newFiles) {
        OutgoingDocument document = documents.draft(draft);
        for (NewFile file : newFiles) {
            add(document.id(), file.role(), file.fileName(), file.content());
        }
        return document;
    }

    /** Removes a file from a draft of the caller's agency (and its bytes, when no other file has them). */
    @RolesAllowed(Role.CLERK_NAME)
    public void remove(long documentId, long fileId) {
        Caller caller = directory.caller();
        OutgoingDocument document = ownForUpdate(documentId, caller);
        DocumentFile file = fileOf(document, fileId);
        if (document.status() != OutgoingStatus.DRAFT) {
            throw new DocumentStateException(document.status() == OutgoingStatus.HELD ? "hold.held" : "file.notDraft");
        }
        em.remove(file);
        payloads.releaseIfUnused(file.sha256());
        audit.record(AuditAction.FILE_REMOVED, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                file.fileName());
    }

    /** The files of an outgoing document of the caller's agency, main file first. */
    public List<DocumentFile> ofOutgoing(long documentId) {
        Caller caller = directory.caller();
        return files(own(documentId, caller).id());
    }

    /** The files of an incoming document of the caller's agency: the sender's files, byte for byte. */
    public List<DocumentFile> ofIncoming(long incomingId) {
        IncomingDocument incoming = em.find(IncomingDocument.class, incomingId);
        if (incoming == null || !incoming.agency().equals(directory.caller().agency())) {
            throw new UnknownDocumentException(incomingId);
        }
        return files(incoming.delivery().outgoingId());
    }

    /**
     * Opens a file for the sender's agency or an agency the document was delivered to; to anyone else it does not
     * exist. Every opening is audited as a view of a file.
     */
    public FileContent open(long fileId) {
        Caller caller = directory.caller();
        DocumentFile file = em.find(DocumentFile.class, fileId);
        if (file == null || !mayOpen(em.find(OutgoingDocument.class, file.documentId()), caller)) {
            throw new UnknownDocumentException(fileId);
        }
        if (file.refusal().isPresent()) {
            throw new DocumentStateException("file.refused", file.fileName(), file.refusal().get().name());
        }
        byte[] bytes = payloads.get(file.sha256()).orElseThrow(() -> new UnknownDocumentException(fileId));
        audit.record(AuditAction.FILE_VIEWED, caller.agency().value(), "file:" + fileId, AuditOutcome.SUCCESS,
                "document " + file.documentId() + ": " + file.fileName());
        return new FileContent(file, bytes);
    }

    /** Why a document of the caller's agency is held, when it is. */
    public Optional<HoldReason> holdOf(long documentId) {
        Caller caller = directory.caller();
        return holdReason(own(documentId, caller));
    }

    /** The caller's agency's held documents, newest first: what its leaders have to decide. */
    public List<OutgoingDocument> held() {
        return em.createNamedQuery("OutgoingDocument.heldOfAgency", OutgoingDocument.class)
                .setParameter("agency", directory.caller().agency().value()).setMaxResults(200).getResultList();
    }

    /** A leader of the agency judges the stamp not to make the document classified: it may be issued and sent. */
    @RolesAllowed(Role.LEADER_NAME)
    public OutgoingDocument release(long documentId, String note) {
        Caller caller = directory.caller();
        OutgoingDocument document = ownForUpdate(documentId, caller);
        HoldReason reason = holdReason(document).orElse(null);
        document.release();
        files(documentId).forEach(DocumentFile::releaseStamp);
        audit.record(AuditAction.DOCUMENT_RELEASED, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                (reason == null ? "" : reason.grade() + " \"" + reason.matched() + "\"")
                        + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        return document;
    }

    /**
     * A leader of the agency marks the held document classified: its files leave the payload store, and it goes on
     * as a classified draft, numbered in the secret series and recorded as a paper dispatch.
     */
    @RolesAllowed(Role.LEADER_NAME)
    public OutgoingDocument remark(long documentId, Secrecy grade) {
        Caller caller = directory.caller();
        OutgoingDocument document = ownForUpdate(documentId, caller);
        document.remark(grade);
        List<DocumentFile> files = files(documentId);
        for (DocumentFile file : files) {
            em.remove(file);
            payloads.releaseIfUnused(file.sha256());
        }
        audit.record(AuditAction.DOCUMENT_REMARKED, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                grade.name() + ", " + files.size() + " file(s) deleted");
        return document;
    }

    /**
     * Every stored file of a draft or issued (not yet sent) document of the caller's agency, with its bytes: what a
     * signer signs at issue time.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public List<FileContent> contents(long documentId) {
        Caller caller = directory.caller();
        OutgoingDocument document = own(documentId, caller);
        return files(document.id()).stream().filter(f -> f.refusal().isEmpty())
                .map(f -> new FileContent(f, payloads.get(f.sha256()).orElseThrow())).toList();
    }

    /**
     * Replaces a file's bytes before the document is sent (a PAdES-signed PDF for the unsigned one). The new bytes go
     * through the same checks; the old ones leave the payload store when nothing else holds them.
     */
    @RolesAllowed(Role.CLERK_NAME)
    public DocumentFile replaceContent(long fileId, byte[] content) {
        Caller caller = directory.caller();
        DocumentFile file = em.find(DocumentFile.class, fileId, LockModeType.PESSIMISTIC_WRITE);
        if (file == null) {
            throw new UnknownDocumentException(fileId);
        }
        OutgoingDocument document = beforeSending(file.documentId(), caller);
        FileIntake.Checked checked = intake.check(file.fileName(), content);
        String old = file.sha256();
        file.replaceContent(checked.sha256(), checked.size(), checked.type(), checked.extraction());
        payloads.releaseIfUnused(old);
        audit.record(AuditAction.FILE_REPLACED, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                file.fileName() + " sha256=" + old + " -> " + file.sha256());
        return file;
    }

    /** Adds a detached signature ({@code .p7s}) over a file of the document, before it is sent. */
    @RolesAllowed(Role.CLERK_NAME)
    public DocumentFile addSignature(long documentId, String fileName, byte[] signature) {
        Caller caller = directory.caller();
        OutgoingDocument document = beforeSending(documentId, caller);
        DocumentFile file = intake.signature(documentId, fileName, signature, caller.username());
        audit.record(AuditAction.FILE_ADDED, caller.agency().value(), subject(document), AuditOutcome.SUCCESS,
                file.role() + " " + file.fileName() + " sha256=" + file.sha256());
        return file;
    }

    private OutgoingDocument beforeSending(long documentId, Caller caller) {
        OutgoingDocument document = ownForUpdate(documentId, caller);
        if (document.status() != OutgoingStatus.DRAFT && document.status() != OutgoingStatus.ISSUED) {
            throw new DocumentStateException("file.notDraft");
        }
        if (document.secrecy().isClassified()) {
            throw new CarvedOutException(CarveOut.CLASSIFIED, "file.classified", document.secrecy().label());
        }
        return document;
    }

    private Optional<HoldReason> holdReason(OutgoingDocument document) {
        return files(document.id()).stream().flatMap(f -> f.hold().stream()).findFirst();
    }

    private List<DocumentFile> files(long documentId) {
        return em.createNamedQuery("DocumentFile.ofDocument", DocumentFile.class).setParameter("document", documentId)
                .getResultList().stream()
                .sorted(java.util.Comparator.comparing(DocumentFile::role)).toList();
    }

    private DocumentFile fileOf(OutgoingDocument document, long fileId) {
        DocumentFile file = em.find(DocumentFile.class, fileId);
        if (file == null || file.documentId() != document.id()) {
            throw new UnknownDocumentException(fileId);
        }
        return file;
    }

    /** The sender's agency, or an agency holding an incoming copy (a recalled copy is gone, and so is the right). */
    private boolean mayOpen(OutgoingDocument document, Caller caller) {
        if (document == null) {
            return false;
        }
        if (!document.isImported() && document.agency().equals(caller.agency())) {
            return true;
        }
        return em.createQuery("SELECT COUNT(i) FROM IncomingDocument i WHERE i.agencyCode = :agency"
                        + " AND i.delivery.outgoingId = :document", Long.class)
                .setParameter("agency", caller.agency().value()).setParameter("document", document.id())
                .getSingleResult() > 0;
    }

    private OutgoingDocument own(long documentId, Caller caller) {
        OutgoingDocument document = em.find(OutgoingDocument.class, documentId);
        return requireOwn(document, documentId, caller);
    }

    private OutgoingDocument ownForUpdate(long documentId, Caller caller) {
        OutgoingDocument document = em.find(OutgoingDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        return requireOwn(document, documentId, caller);
    }

    private static OutgoingDocument requireOwn(OutgoingDocument document, long documentId, Caller caller) {
        if (document == null || document.isImported() || !caller.mayView(document.agency())) {
            throw new UnknownDocumentException(documentId);
        }
        if (!document.agency().equals(caller.agency())) {
            throw new AccessDeniedException("access.otherAgency", document.agency().value());
        }
        return document;
    }

    /** File names come from the uploader; the audit detail keeps them short and on one line. */
    private static String safeForLog(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "_");
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String subject(OutgoingDocument document) {
        return "outgoing:" + document.id();
    }
}
