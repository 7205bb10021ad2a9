package vn.lienthong.exchange.edxml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * Writes packages and status messages the way real receivers read them: the root {@code edXML} in the default
 * namespace and every child with the {@code edXML:} prefix, attachments base64 in {@code ContentTransferEncoded}.
 * The document is built as a DOM so that an {@link EdxmlSigner} can sign it before it is serialised; nothing is
 * indented, since whitespace added after signing would break the signature.
 */
public final class EdxmlWriter {

    private static final String PREFIX = "edXML:";

    private final EdxmlSigner signer;

    /** A writer that leaves packages unsigned. */
    public EdxmlWriter() {
        this(null);
    }

    public EdxmlWriter(EdxmlSigner signer) {
        this.signer = signer;
    }

    public byte[] toBytes(EdxmlMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(message, out);
        return out.toByteArray();
    }

    public void write(EdxmlMessage message, OutputStream out) {
        Document document = newDocument();
        Element root = document.createElementNS(EdxmlReader.NAMESPACE, "edXML");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", EdxmlReader.NAMESPACE);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:edXML", EdxmlReader.NAMESPACE);
        document.appendChild(root);
        Element header = add(add(root, "edXMLEnvelope"), "edXMLHeader");
        if (message instanceof EdxmlPackage p) {
            writePackage(p, root, header);
        } else if (message instanceof StatusMessage s) {
            writeStatus(s, add(header, "MessageHeader"));
        }
        if (signer != null) {
            signer.sign(document, header);
        }
        serialise(document, out);
    }

    private static void writePackage(EdxmlPackage p, Element root, Element header) {
        MessageHeader h = p.header();
        Element mh = add(header, "MessageHeader");
        organization(add(mh, "From"), h.from());
        h.to().forEach(o -> organization(add(mh, "To"), o));
        add(mh, "DocumentId", h.documentId());
        Element code = add(mh, "Code");
        add(code, "CodeNumber", h.code().numberText());
        add(code, "CodeNotation", h.code().notation());
        Element promulgation = add(mh, "PromulgationInfo");
        add(promulgation, "Place", h.promulgation().place());
        add(promulgation, "PromulgationDate", EdxmlDates.format(h.promulgation().date()));
        Element type = add(mh, "DocumentType");
        add(type, "Type", h.documentType().type());
        add(type, "TypeDetail", h.documentType().typeDetail());
        add(type, "TypeName", h.documentType().typeName());
        add(mh, "Subject", h.subject());
        add(mh, "Content", h.content());
        Element signer = add(mh, "SignerInfo");
        add(signer, "Competence", h.signer().competence());
        add(signer, "Position", h.signer().position());
        add(signer, "FullName", h.signer().fullName());
        add(mh, "DueDate", h.dueDate() == null ? null : EdxmlDates.format(h.dueDate()));
        otherInfo(add(mh, "OtherInfo"), h.otherInfo());
        add(mh, "SteeringType", h.steeringType() == null ? null : Integer.toString(h.steeringType().code()));
        Element toPlaces = add(mh, "ToPlaces");
        h.toPlaces().forEach(place -> add(toPlaces, "Place", place));
        if (h.responseFor() != null) {
            responseFor(add(mh, "ResponseFor"), h.responseFor());
        }

        Element traces = add(header, "TraceHeaderList");
        p.traces().forEach(t -> {
            Element trace = add(traces, "TraceHeader");
            add(trace, "OrganId", t.organId().value());
            add(trace, "Timestamp", EdxmlDates.format(t.timestamp()));
        });
        if (p.business() != null) {
            business(add(traces, "Bussiness"), p.business());
        }

        Element manifest = add(add(header.getParentNode(), "edXMLBody"), "edXMLManifest");
        manifest.setAttribute("version", "1.0");
        Element encoded = add(root, "AttachmentEncoded");
        for (EdxmlAttachment a : p.attachments()) {
            Element reference = add(manifest, "Reference");
            add(reference, "ContentId", a.contentId());
            add(reference, "ContentType", a.declaredContentType());
            add(reference, "Description", a.description());
            add(reference, "AttachmentName", a.name());
            Element attachment = add(encoded, "Attachment");
            add(attachment, "ContentId", a.contentId());
            add(attachment, "AttachmentName", a.name());
            add(attachment, "Description", a.description());
            add(attachment, "ContentType", a.declaredContentType());
            add(attachment, "ContentTransferEncoded", Base64.getEncoder().encodeToString(a.content()));
        }
    }

    private static void otherInfo(Element o, OtherInfo info) {
        add(o, "Priority", Integer.toString(info.priority().code()));
        add(o, "SphereOfPromulgation", info.sphereOfPromulgation());
        add(o, "TyperNotation", info.typerNotation());
        add(o, "PromulgationAmount", text(info.promulgationAmount()));
        add(o, "PageAmount", text(info.pageAmount()));
        add(o, "Direction", Boolean.toString(info.direction()));
        Element appendixes = add(o, "Appendixes");
        info.appendixes().forEach(a -> add(appendixes, "Appendix", a));
    }

    private static void business(Element b, Business business) {
        add(b, "DocumentId", business.documentId());
        add(b, "BussinessDocType", Integer.toString(business.type().code()));
        add(b, "BussinessDocReason", business.reason());
        add(b, "Paper", flag(business.paper()));
        if (business.infoChanged() || business.receiversChanged() || !business.receivers().isEmpty()) {
            Element info = add(b, "BussinessDocumentInfo");
            add(info, "DocumentInfo", flag(business.infoChanged()));
            add(info, "DocumentReceiver", flag(business.receiversChanged()));
            Element list = add(info, "ReceiverList");
            business.receivers().forEach(r -> {
                Element receiver = add(list, "Receiver");
                add(receiver, "OrganId", r.organId().value());
                add(receiver, "ReceiverType", flag(r.added()));
            });
        }
        staff(b, business.staff());
    }

    private static void writeStatus(StatusMessage s, Element mh) {
        organization(add(mh, "From"), s.from());
        responseFor(add(mh, "ResponseFor"), s.responseFor());
        staff(mh, s.staff());
        add(mh, "StatusCode", s.status().code());
        add(mh, "Description", s.description());
        add(mh, "Timestamp", EdxmlDates.format(s.timestamp()));
    }

    private static void organization(Element e, Organization o) {
        add(e, "OrganId", o.organId().value());
        add(e, "OrganizationInCharge", o.organizationInCharge());
        add(e, "OrganName", o.organName());
        add(e, "OrganAdd", o.organAdd());
        add(e, "Email", o.email());
        add(e, "Telephone", o.telephone());
        add(e, "Fax", o.fax());
        add(e, "Website", o.website());
    }

    private static void responseFor(Element e, ResponseFor r) {
        add(e, "OrganId", r.organId().value());
        add(e, "Code", r.code().format());
        add(e, "PromulgationDate", r.promulgationDate() == null ? null : EdxmlDates.format(r.promulgationDate()));
        add(e, "DocumentId", r.documentId());
    }

    private static void staff(Element parent, StaffInfo s) {
        if (s != null) {
            Element e = add(parent, "StaffInfo");
            add(e, "Department", s.department());
            add(e, "Staff", s.staff());
            add(e, "Mobile", s.mobile());
            add(e, "Email", s.email());
        }
    }

    private static Element add(Node parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(EdxmlReader.NAMESPACE, PREFIX + name);
        parent.appendChild(child);
        return child;
    }

    /** An element with its text; null is written as an empty element, which the reader reads back as null. */
    private static Element add(Node parent, String name, String text) {
        Element child = add(parent, name);
        if (text != null) {
            child.setTextContent(text);
        }
        return child;
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM builder is missing", e);
        }
    }

    private static void serialise(Document document, OutputStream out) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("edXML could not be serialised", e);
        }
    }
}
