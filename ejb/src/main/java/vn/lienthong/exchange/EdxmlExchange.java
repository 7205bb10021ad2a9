package vn.lienthong.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Caller;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.directory.UnknownAgencyException;
import vn.lienthong.exchange.edxml.EdxmlAttachment;
import vn.lienthong.exchange.edxml.EdxmlMessage;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.exchange.edxml.EdxmlWriter;
import vn.lienthong.exchange.edxml.MessageHeader;
import vn.lienthong.exchange.edxml.Organization;
import vn.lienthong.exchange.edxml.ResponseFor;
import vn.lienthong.exchange.edxml.StatusMessage;
import vn.lienthong.exchange.internal.ArrivalSignatures;
import vn.lienthong.exchange.internal.EdxmlPackages;
import vn.lienthong.exchange.internal.FileIntake;
import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.ClockProducer;
import vn.lienthong.platform.Role;
import vn.lienthong.signing.Signatures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * edXML in and out for clerks: an issued document as a package with its files, each delivery's statuses as status
 * messages, and the import of a package received from outside as an incoming document of the caller's agency. An
 * import is all or nothing (one transaction), and a package imported twice gives back the first import.
 */
@Stateless
@RolesAllowed(Role.CLERK_NAME)
public class EdxmlExchange {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryService directory;

    @Inject
    EdxmlPackages packages;

    @Inject
    FileIntake intake;

    @Inject
    AuditTrail audit;

    @Inject
    Signatures signatures;

    @Inject
    ArrivalSignatures arrivalSignatures;

    @Inject
    Clock clock;

    /**
     * An issued document of the caller's agency as an edXML package to its main recipients, files attached (as signed
     * at issue), the envelope signed with XMLDSig in the agency's name.
     */
    public byte[] exportPackage(long documentId) {
        Caller caller = directory.caller();
        OutgoingDocument document = em.find(OutgoingDocument.class, documentId);
        if (document == null || document.isImported() || !document.agency().equals(caller.agency())) {
            throw new UnknownDocumentException(documentId);
        }
        document.carveOut().ifPresent(c -> {
            throw new CarvedOutException(c);
        });
        if (document.number().isEmpty()) {
            throw new DocumentStateException("document.notIssued");
        }
        List<Agency> to = document.recipients().stream().filter(Recipient::main).map(r -> directory.agency(r.agency()))
                .toList();
        byte[] edxml = new EdxmlWriter().toBytes(packages.of(document, directory.agency(caller.agency()), to,
                clock.instant()));
        return signatures.signEnvelope(caller.agency(), edxml);
    }

    /**
     * The status messages of one delivery, oldest first, for its sender or its recipient: every history step that has
     * an edXML status code (01–16) becomes one message from the recipient.
     */
    @RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME})
    public List<byte[]> statusMessages(long deliveryId) {
        Caller caller = directory.caller();
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null || !(delivery.sender().equals(caller.agency()) || delivery.recipient().equals(caller.agency()))) {
            throw new UnknownDocumentException(deliveryId);
        }
        OutgoingDocument document = em.find(OutgoingDocument.class, delivery.outgoingId());
        Agency recipient = directory.agency(delivery.recipient());
        LocalDate promulgated = document.issuedAt().orElse(document.createdAt()).atZone(ClockProducer.VIETNAM).toLocalDate();
        DocumentNumber number = document.number().orElseThrow();
        ResponseFor about = new ResponseFor(document.agency(), number, promulgated,
                document.edxmlDocumentId().orElse(EdxmlPackage.documentId(document.agency(), promulgated, number)));
        List<byte[]> messages = new ArrayList<>();
        for (DeliveryHistoryEntry entry : em.createNamedQuery("DeliveryHistoryEntry.ofDelivery", DeliveryHistoryEntry.class)
                .setParameter("delivery", deliveryId).getResultList()) {
            statusOf(entry.status()).ifPresent(status -> messages.add(new EdxmlWriter().toBytes(new StatusMessage(
                    Organization.of(recipient.code(), recipient.name()), about, null, status, entry.note().orElse(null),
                    entry.at().atZone(ClockProducer.VIETNAM).toLocalDateTime()))));
        }
        return messages;
    }

    /**
     * Imports a package received from outside LienThong. A document package becomes an incoming document of the
     * caller's agency, which must be one of its recipients (To); its sender must be in the directory. A status
     * message updates the caller's agency's delivery to the national platform that it answers.
     *
     * @throws vn.lienthong.exchange.edxml.MalformedEdxmlException naming what is wrong, before anything is stored
     */
    public ImportedPackage importPackage(byte[] edxml) {
        EdxmlMessage message = new EdxmlReader().read(edxml);
        Caller caller = directory.caller();
        if (message instanceof StatusMessage status) {
            return applyStatus(status, caller);
        }
        EdxmlPackage received = (EdxmlPackage) message;
        MessageHeader header = received.header();
        List<AgencyCode> to = header.to().stream().map(Organization::organId).toList();
        if (!to.contains(caller.agency())) {
            if (to.stream().noneMatch(this::known)) {
                // The bare "no agency has the code X" left the clerk guessing whether X was the sender or a recipient.
                throw new UnknownAgencyException("edxml.import.unknownRecipients", caller.agency().value(),
                        String.join(", ", to.stream().map(AgencyCode::value).toList()));
            }
            throw new AccessDeniedException("edxml.import.notRecipient", caller.agency().value(),
                    String.join(", ", to.stream().map(AgencyCode::value).toList()));
        }
        AgencyCode sender = header.from().organId();
        directory.agency(sender);
        if (sender.equals(caller.agency())) {
            throw new AccessDeniedException("edxml.import.ownDocument", sender.value());
        }
        Instant now = clock.instant();
        OutgoingDocument document = em.createNamedQuery("OutgoingDocument.imported", OutgoingDocument.class)
                .setParameter("agency", sender.value()).setParameter("documentId", header.documentId())
                .getResultStream().findFirst().orElse(null);
        if (document != null) {
            Optional<IncomingDocument> earlier = em.createQuery("SELECT i FROM IncomingDocument i WHERE i.agencyCode = :agency"
                            + " AND i.delivery.outgoingId = :document", IncomingDocument.class)
                    .setParameter("agency", caller.agency().value()).setParameter("document", document.id())
                    .getResultStream().findFirst();
            if (earlier.isPresent()) {
                return new ImportedPackage(earlier.get(), document, files(document), true);
            }
        } else {
            document = newDocument(received, sender, caller, now);
        }
        Delivery delivery = new Delivery(document.id(), sender, caller.agency(), now);
        em.persist(delivery);
        delivery.arrive(now);
        IncomingDocument incoming = new IncomingDocument(delivery, now);
        em.persist(incoming);
        em.flush();
        // What this package carried is checked, not what an earlier import stored: a later copy may have been changed.
        String verdict = arrivalSignatures.checkReceived(incoming, carried(files(document), received), edxml)
                .map(Enum::name).orElse("nothing to check");
        em.persist(new DeliveryHistoryEntry(delivery.id(), DeliveryStatus.ARRIVED.name(), now, caller.username(),
                "edXML " + header.documentId()));
        audit.record(AuditAction.DOCUMENT_IMPORTED, caller.agency().value(), "incoming:" + incoming.id(),
                AuditOutcome.SUCCESS, header.documentId() + ", " + received.attachments().size() + " attachment(s), "
                        + "signatures " + verdict + " " + incoming.signatureReason().map(Enum::name).orElse(""));
        return new ImportedPackage(incoming, document, files(document), false);
    }

    private OutgoingDocument newDocument(EdxmlPackage received, AgencyCode sender, Caller caller, Instant now) {
        MessageHeader h = received.header();
        List<Recipient> recipients = h.to().stream().map(Organization::organId).filter(this::known)
                .map(code -> new Recipient(code, true)).toList();
        OutgoingDraft draft = new OutgoingDraft(h.documentType().kind(), h.subject(), h.code().notation(),
                h.signer().competence(), h.signer().position(), h.signer().fullName(), h.promulgation().place(),
                h.otherInfo().priority(), h.steeringType(), h.dueDate(), Secrecy.THUONG, false, recipients);
        LocalDate promulgated = h.promulgation().date();
        OutgoingDocument document = OutgoingDocument.imported(sender, h.documentId(), h.code(), promulgated,
                promulgated.atStartOfDay(ClockProducer.VIETNAM).toInstant(), draft, caller.username(), now);
        em.persist(document);
        em.flush();
        boolean first = true;
        for (EdxmlAttachment attachment : received.attachments()) {
            if (isDetachedSignature(attachment)) {
                intake.signature(document.id(), attachment.name(), attachment.content(), caller.username());
                continue;
            }
            intake.receive(document.id(), first ? FileRole.MAIN : FileRole.APPENDIX, attachment.name(),
                    attachment.content(), caller.username());
            first = false;
        }
        return document;
    }

    /** A {@code .p7s} that looks like DER is kept as a signature; anything else so named goes through inspection. */
    private static boolean isDetachedSignature(EdxmlAttachment attachment) {
        return attachment.name() != null && attachment.name().toLowerCase(Locale.ROOT).endsWith(".p7s")
                && attachment.content().length > 0 && (attachment.content()[0] & 0xFF) == 0x30;
    }

    /** Each stored file of the document with the bytes this package carried under its name. */
    private static Map<DocumentFile, byte[]> carried(List<DocumentFile> files, EdxmlPackage received) {
        Map<DocumentFile, byte[]> carried = new LinkedHashMap<>();
        for (DocumentFile file : files) {
            received.attachments().stream()
                    .filter(a -> a.name() != null && FileIntake.safeName(a.name()).equals(file.fileName()))
                    .findFirst().ifPresent(a -> carried.put(file, a.content()));
        }
        return carried;
    }

    /** Settles recall, update and replace requests that a national-platform recipient answers (15/16). */
    @Inject
    DeliveryRequests requests;

    /** A status from a recipient on the national platform about a document the caller's agency exported to it. */
    private ImportedPackage applyStatus(StatusMessage status, Caller caller) {
        ResponseFor about = status.responseFor();
        if (!about.organId().equals(caller.agency())) {
            throw new AccessDeniedException("edxml.import.notRecipient", caller.agency().value(), about.organId().value());
        }
        OutgoingDocument document = em.createQuery("SELECT d FROM OutgoingDocument d WHERE d.agencyCode = :agency"
                        + " AND d.imported = false AND d.number = :number AND d.notation = :notation", OutgoingDocument.class)
                .setParameter("agency", caller.agency().value()).setParameter("number", about.code().number())
                .setParameter("notation", about.code().notation()).getResultStream()
                .filter(d -> about.promulgationDate() == null || d.registerYear().orElse(0) == about.promulgationDate().getYear())
                .findFirst().orElseThrow(() -> new DocumentStateException("edxml.status.unknownDocument", about.documentId()));
        Delivery delivery = em.createNamedQuery("Delivery.ofDocument", Delivery.class).setParameter("document", document.id())
                .getResultStream().filter(d -> d.recipient().equals(status.from().organId())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("edxml.status.notRecipient",
                        status.from().organId().value(), about.documentId()));
        if (status.status().answersRequest()) {
            return new ImportedPackage(null, document, List.of(), requests.answeredByPlatform(delivery.id(), status));
        }
        String note = "edXML " + status.status().code() + " " + status.timestamp();
        boolean seen = em.createNamedQuery("DeliveryHistoryEntry.ofDelivery", DeliveryHistoryEntry.class)
                .setParameter("delivery", delivery.id()).getResultStream()
                .anyMatch(e -> note.equals(e.note().orElse(null)));
        if (!seen) {
            Instant now = clock.instant();
            delivery.reportedByPlatform(status.status(), now);
            em.persist(new DeliveryHistoryEntry(delivery.id(), status.status().name(), now, caller.username(), note));
            audit.record(AuditAction.DOCUMENT_STATUS_CHANGED, caller.agency().value(), "delivery:" + delivery.id(),
                    AuditOutcome.SUCCESS, status.status().code() + " (edXML)");
        }
        return new ImportedPackage(null, document, List.of(), seen);
    }

    private List<DocumentFile> files(OutgoingDocument document) {
        return em.createNamedQuery("DocumentFile.ofDocument", DocumentFile.class).setParameter("document", document.id())
                .getResultList();
    }

    private boolean known(AgencyCode code) {
        return em.find(Agency.class, code.value()) != null;
    }

    /** The edXML status a history step stands for; routing steps (queued, exported, failed) have none. */
    private static Optional<DeliveryStatus> statusOf(String historyStatus) {
        try {
            return Optional.of(DeliveryStatus.valueOf(historyStatus));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
