package vn.lienthong.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.Agency;
import vn.lienthong.exchange.Delivery;
import vn.lienthong.exchange.DeliveryRequest;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.EdxmlWriter;
import vn.lienthong.signing.Signatures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
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

    @Inject
    EdxmlPackages packages;

    @Inject
    Signatures signatures;

    /**
     * The package for one recipient on the national platform, with the document's files as attachments and the
     * envelope signed in the sender's name (XMLDSig), as the platform's receivers expect.
     */
    public Path export(Delivery delivery, OutgoingDocument document, Agency sender, Agency recipient, Instant now) {
        EdxmlPackage edxml = packages.of(document, sender, List.of(recipient), now);
        return write("delivery-" + delivery.id() + ".edxml", edxml);
    }

    /**
     * A recall, update or replace request for a recipient on the national platform, as a package whose
     * {@code Bussiness} names the document concerned. A rewrite of the same request keeps its file name.
     *
     * @return the file's name in the outbox
     */
    public String exportRequest(DeliveryRequest request, Delivery delivery, EdxmlPackage edxml) {
        return write("delivery-" + delivery.id() + "-request-" + request.id() + ".edxml", edxml)
                .getFileName().toString();
    }

    /** Signs the envelope in the sending agency's name and puts the file in the outbox whole (aside, then moved). */
    private Path write(String name, EdxmlPackage edxml) {
        byte[] signed = signatures.signEnvelope(edxml.header().from().organId(), new EdxmlWriter().toBytes(edxml));
        try {
            Path folder = Files.createDirectories(folder());
            Path partial = Files.write(folder.resolve(name + ".part"), signed);
            return Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("edXML outbox not writable", e);
        }
    }
}
