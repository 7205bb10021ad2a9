package vn.lienthong.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import vn.lienthong.directory.Agency;
import vn.lienthong.exchange.Delivery;
import vn.lienthong.exchange.DocumentNumber;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.Recipient;
import vn.lienthong.exchange.edxml.EdxmlDocumentType;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.EdxmlWriter;
import vn.lienthong.exchange.edxml.MessageHeader;
import vn.lienthong.exchange.edxml.Organization;
import vn.lienthong.exchange.edxml.OtherInfo;
import vn.lienthong.exchange.edxml.PromulgationInfo;
import vn.lienthong.exchange.edxml.SignerInfo;
import vn.lienthong.exchange.edxml.TraceHeader;
import vn.lienthong.platform.ClockProducer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes deliveries for the national platform (VDXP) as edXML packages into an outbox folder that the platform's
 * connector collects. The folder is {@code lienthong.edxml.outbox}, by default in the server's data directory.
 * Files appear whole (written aside, then moved), and a redelivered message rewrites the same file name.
 */
@Stateless
@PermitAll
public class EdxmlOutbox {

    static Path folder() {
        String configured = System.getProperty("lienthong.edxml.outbox");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "lienthong", "edxml-outbox");
    }

    public Path export(Delivery delivery, OutgoingDocument document, Agency sender, Agency recipient, Instant now) {
        DocumentNumber number = document.number().orElseThrow();
        LocalDate promulgated = document.issuedAt().orElse(now).atZone(ClockProducer.VIETNAM).toLocalDate();
        MessageHeader header = new MessageHeader(
                Organization.of(sender.code(), sender.name()),
                List.of(Organization.of(recipient.code(), recipient.name())),
                EdxmlPackage.documentId(sender.code(), promulgated, number), number,
                new PromulgationInfo(document.place(), promulgated),
                EdxmlDocumentType.of(document.documentType()), document.subject(), null,
                new SignerInfo(document.signerCompetence().orElse(null), document.signerPosition(), document.signerName()),
                document.dueDate().orElse(null),
                new OtherInfo(document.priority(), null, null, null, null, false, List.of()),
                document.steeringType(),
                document.recipients().stream().filter(r -> !r.main()).map(Recipient::agency).map(Object::toString).toList(),
                null);
        EdxmlPackage edxml = new EdxmlPackage(header,
                List.of(new TraceHeader(sender.code(), now.atZone(ClockProducer.VIETNAM).toLocalDateTime())), null, List.of());
        try {
            Path folder = Files.createDirectories(folder());
            Path target = folder.resolve("delivery-" + delivery.id() + ".edxml");
            Path partial = folder.resolve(target.getFileName() + ".part");
            Files.write(partial, new EdxmlWriter().toBytes(edxml));
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("edXML outbox not writable", e);
        }
    }
}
