package vn.lienthong.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.Agency;
import vn.lienthong.exchange.DocumentFile;
import vn.lienthong.exchange.DocumentNumber;
import vn.lienthong.exchange.FileRole;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.Recipient;
import vn.lienthong.exchange.RequestKind;
import vn.lienthong.exchange.edxml.Business;
import vn.lienthong.exchange.edxml.StaffInfo;
import vn.lienthong.exchange.edxml.EdxmlAttachment;
import vn.lienthong.exchange.edxml.EdxmlDocumentType;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.MessageHeader;
import vn.lienthong.exchange.edxml.Organization;
import vn.lienthong.exchange.edxml.OtherInfo;
import vn.lienthong.exchange.edxml.PromulgationInfo;
import vn.lienthong.exchange.edxml.SignerInfo;
import vn.lienthong.exchange.edxml.TraceHeader;
import vn.lienthong.platform.ClockProducer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An issued document as an edXML package: its header, a trace from its sender, and its stored files as base64
 * attachments (the writer puts them under the {@code edXML:} prefix). Used by the outbox and by the export API.
 */
@Stateless
@PermitAll
public class EdxmlPackages {

    @PersistenceContext
    EntityManager em;

    @Inject
    PayloadStore payloads;

    /**
     * A sender's request about a document already on the platform: thu hồi (1) without files, cập nhật (2) with the
     * document as it now is, thay thế (3) carrying the replacing document. {@code Bussiness/DocumentId} names the
     * document concerned, which the recipient's answer refers to.
     */
    public EdxmlPackage request(OutgoingDocument document, OutgoingDocument replacement, RequestKind kind, String reason,
                                StaffInfo staff, Agency sender, Agency recipient, Instant now) {
        EdxmlPackage carried = of(replacement != null ? replacement : document, sender, List.of(recipient), now);
        LocalDate promulgated = document.issuedAt().orElse(now).atZone(ClockProducer.VIETNAM).toLocalDate();
        Business business = new Business(kind.businessType(), reason,
                EdxmlPackage.documentId(sender.code(), promulgated, document.number().orElseThrow()), false, staff,
                kind == RequestKind.UPDATE, false, List.of());
        return new EdxmlPackage(carried.header(), carried.traces(), business,
                kind == RequestKind.RECALL ? List.of() : carried.attachments());
    }

    public EdxmlPackage of(OutgoingDocument document, Agency sender, List<Agency> to, Instant now) {
        DocumentNumber number = document.number().orElseThrow();
        LocalDate promulgated = document.issuedAt().orElse(now).atZone(ClockProducer.VIETNAM).toLocalDate();
        List<DocumentFile> files = em.createNamedQuery("DocumentFile.ofDocument", DocumentFile.class)
                .setParameter("document", document.id()).getResultList().stream()
                .filter(f -> f.refusal().isEmpty()).sorted(Comparator.comparing(DocumentFile::role)).toList();
        MessageHeader header = new MessageHeader(
                Organization.of(sender.code(), sender.name()),
                to.stream().map(a -> Organization.of(a.code(), a.name())).toList(),
                EdxmlPackage.documentId(sender.code(), promulgated, number), number,
                new PromulgationInfo(document.place(), promulgated),
                EdxmlDocumentType.of(document.documentType()), document.subject(), null,
                new SignerInfo(document.signerCompetence().orElse(null), document.signerPosition(), document.signerName()),
                document.dueDate().orElse(null),
                new OtherInfo(document.priority(), null, null, null, null, false,
                        files.stream().filter(f -> f.role() == FileRole.APPENDIX).map(DocumentFile::fileName).toList()),
                document.steeringType(),
                document.recipients().stream().filter(r -> !r.main()).map(Recipient::agency).map(Object::toString).toList(),
                null);
        List<EdxmlAttachment> attachments = files.stream().map(f -> new EdxmlAttachment("LT" + f.id(), f.fileName(),
                f.mediaType().orElse("application/octet-stream"), f.role().name(),
                payloads.get(f.sha256()).orElseThrow())).toList();
        return new EdxmlPackage(header,
                List.of(new TraceHeader(sender.code(), now.atZone(ClockProducer.VIETNAM).toLocalDateTime())), null,
                attachments);
    }
}
