package vn.lienthong.exchange.edxml;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.BusinessDocType;
import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.DocumentNumber;
import vn.lienthong.exchange.Priority;
import vn.lienthong.exchange.SteeringType;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads edXML packages and status messages as real systems send them: mixed date formats, empty elements, the
 * namespace bound both as default and as {@code edXML:}. Hostile input is refused before it costs anything: no DTD
 * (so no external entities and no entity expansion), a byte limit and a nesting limit. Every fault ends as one
 * {@link MalformedEdxmlException} naming the element and the value; nothing is returned half-read.
 * The {@code Signature} element is not verified here: the signing capability checks it on the raw bytes.
 */
public final class EdxmlReader {

    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    /** Room for one 50 MB file (the default upload limit) once base64 has grown it by a third. */
    public static final long DEFAULT_MAX_BYTES = 80L * 1024 * 1024;
    /** Real packages nest about eight levels deep. */
    public static final int DEFAULT_MAX_DEPTH = 32;

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final long maxBytes;
    private final int maxDepth;

    public EdxmlReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    }

    public EdxmlReader(long maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /** Reads a package or a status message; tell them apart with {@code instanceof}. */
    public EdxmlMessage read(InputStream in) {
        XmlNode root = parse(in);
        XmlNode header = required(required(root, "edXMLEnvelope"), "edXMLHeader");
        XmlNode messageHeader = required(header, "MessageHeader");
        if (messageHeader.child("StatusCode") != null) {
            return status(messageHeader);
        }
        XmlNode traceList = header.child("TraceHeaderList");
        XmlNode business = traceList == null ? null : traceList.child("Bussiness");
        return new EdxmlPackage(messageHeader(messageHeader),
                traceList == null ? List.of() : traceList.children("TraceHeader").stream().map(this::trace).toList(),
                business == null ? null : business(business),
                attachments(root));
    }

    public EdxmlMessage read(byte[] bytes) {
        return read(new ByteArrayInputStream(bytes));
    }

    private XmlNode parse(InputStream in) {
        LimitedInputStream limited = new LimitedInputStream(Objects.requireNonNull(in, "in"), maxBytes);
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = null;
        try {
            reader = createReader(factory, limited);
            return tree(reader);
        } catch (XMLStreamException | IOException e) {
            if (limited.exceeded) {
                throw new MalformedEdxmlException("edxml.malformed.tooLarge", maxBytes);
            }
            // Where it breaks, not the parser's English text, which the problem+json would show the clerk.
            Location at = e instanceof XMLStreamException x ? x.getLocation() : null;
            throw new MalformedEdxmlException("edxml.malformed.notXml", at == null ? 1 : Math.max(1, at.getLineNumber()),
                    at == null ? 1 : Math.max(1, at.getColumnNumber()));
        } finally {
            close(reader);
        }
    }

    /**
     * UTF-8, which every real package uses, is decoded here rather than by the parser: the JDK parser prints each
     * encoding fault to stderr, which would put a line in the server log for every broken package.
     * Packages that declare another encoding, or start with a UTF-16 byte-order mark, are left to the parser.
     */
    private static XMLStreamReader createReader(XMLInputFactory factory, InputStream in)
            throws XMLStreamException, IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(256);
        byte[] head = buffered.readNBytes(256);
        buffered.reset();
        boolean bom = head.length >= 3
                && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        String prolog = new String(head, StandardCharsets.ISO_8859_1).substring(bom ? 3 : 0);
        Matcher declared = DECLARED_ENCODING.matcher(prolog);
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF);
        if (utf16 || declared.find() && !declared.group(1).equalsIgnoreCase("UTF-8")) {
            return factory.createXMLStreamReader(buffered);
        }
        if (bom) {
            buffered.skipNBytes(3);
        }
        return factory.createXMLStreamReader(new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private XmlNode tree(XMLStreamReader reader) throws XMLStreamException {
        XmlNode root = null;
        Deque<XmlNode> open = new ArrayDeque<>();
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new MalformedEdxmlException("edxml.malformed.dtd");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() == maxDepth) {
                        throw new MalformedEdxmlException("edxml.malformed.tooDeep", maxDepth);
                    }
                    String name = reader.getLocalName();
                    if (root == null) {
                        if (!"edXML".equals(name) || !NAMESPACE.equals(reader.getNamespaceURI())) {
                            throw new MalformedEdxmlException("edxml.malformed.root", reader.getName());
                        }
                        root = new XmlNode(null, name);
                        open.push(root);
                    } else {
                        open.push(open.peek().addChild(name));
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!open.isEmpty()) {
                        open.peek().appendText(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                default -> {
                    // comments, processing instructions and whitespace outside the root carry nothing
                }
            }
        }
        if (root == null) {
            throw new MalformedEdxmlException("edxml.malformed.notXml", 1, 1);
        }
        return root;
    }

    private MessageHeader messageHeader(XmlNode h) {
        XmlNode code = required(h, "Code");
        XmlNode promulgation = required(h, "PromulgationInfo");
        XmlNode type = h.child("DocumentType");
        XmlNode signer = h.child("SignerInfo");
        XmlNode toPlaces = h.child("ToPlaces");
        XmlNode responseFor = h.child("ResponseFor");
        List<XmlNode> to = h.children("To");
        if (to.isEmpty()) {
            throw MalformedEdxmlException.missing(h.path() + "/To");
        }
        return new MessageHeader(
                organization(required(h, "From")),
                to.stream().map(this::organization).toList(),
                requiredText(h, "DocumentId"),
                documentNumber(code),
                new PromulgationInfo(promulgation.text("Place"),
                        requiredValue(promulgation, "PromulgationDate", EdxmlDates::parseDate)),
                type == null ? new EdxmlDocumentType(null, null, null)
                        : new EdxmlDocumentType(type.text("Type"), type.text("TypeDetail"), type.text("TypeName")),
                requiredText(h, "Subject"),
                h.text("Content"),
                signer == null ? new SignerInfo(null, null, null)
                        : new SignerInfo(signer.text("Competence"), signer.text("Position"), signer.text("FullName")),
                value(h, "DueDate", EdxmlDates::parseDate),
                otherInfo(h.child("OtherInfo")),
                value(h, "SteeringType", s -> SteeringType.fromCode(Integer.parseInt(s))),
                toPlaces == null ? List.of() : texts(toPlaces.children("Place")),
                responseFor == null ? null : responseFor(responseFor));
    }

    private Organization organization(XmlNode o) {
        return new Organization(requiredValue(o, "OrganId", AgencyCode::parse), o.text("OrganizationInCharge"),
                o.text("OrganName"), o.text("OrganAdd"), o.text("Email"), o.text("Telephone"), o.text("Fax"),
                o.text("Website"));
    }

    private static DocumentNumber documentNumber(XmlNode code) {
        String number = requiredText(code, "CodeNumber");
        String notation = requiredText(code, "CodeNotation");
        try {
            return DocumentNumber.of(number, notation);
        } catch (RuntimeException e) {
            throw MalformedEdxmlException.invalid(code.path(), number + "/" + notation);
        }
    }

    private OtherInfo otherInfo(XmlNode o) {
        if (o == null) {
            return new OtherInfo(Priority.NORMAL, null, null, null, null, false, List.of());
        }
        Priority priority = value(o, "Priority", s -> Priority.fromCode(Integer.parseInt(s)));
        Boolean direction = value(o, "Direction", EdxmlReader::flag);
        XmlNode appendixes = o.child("Appendixes");
        return new OtherInfo(priority == null ? Priority.NORMAL : priority, o.text("SphereOfPromulgation"),
                o.text("TyperNotation"), value(o, "PromulgationAmount", Integer::valueOf),
                value(o, "PageAmount", Integer::valueOf), Boolean.TRUE.equals(direction),
                appendixes == null ? List.of() : texts(appendixes.children("Appendix")));
    }

    private ResponseFor responseFor(XmlNode r) {
        return new ResponseFor(requiredValue(r, "OrganId", AgencyCode::parse),
                requiredValue(r, "Code", DocumentNumber::parse),
                value(r, "PromulgationDate", EdxmlDates::parseDate),
                requiredText(r, "DocumentId"));
    }

    private TraceHeader trace(XmlNode t) {
        return new TraceHeader(requiredValue(t, "OrganId", AgencyCode::parse),
                requiredValue(t, "Timestamp", EdxmlDates::parseTimestamp));
    }

    private Business business(XmlNode b) {
        XmlNode info = b.child("BussinessDocumentInfo");
        XmlNode receivers = info == null ? null : info.child("ReceiverList");
        return new Business(
                requiredValue(b, "BussinessDocType", s -> BusinessDocType.fromCode(Integer.parseInt(s))),
                b.text("BussinessDocReason"),
                b.text("DocumentId"),
                Boolean.TRUE.equals(value(b, "Paper", EdxmlReader::flag)),
                staff(b.child("StaffInfo")),
                info != null && Boolean.TRUE.equals(value(info, "DocumentInfo", EdxmlReader::flag)),
                info != null && Boolean.TRUE.equals(value(info, "DocumentReceiver", EdxmlReader::flag)),
                receivers == null ? List.of() : receivers.children("Receiver").stream()
                        .map(r -> new ReceiverChange(requiredValue(r, "OrganId", AgencyCode::parse),
                                requiredValue(r, "ReceiverType", EdxmlReader::flag)))
                        .toList());
    }

    private static StaffInfo staff(XmlNode s) {
        return s == null ? null
                : new StaffInfo(s.text("Department"), s.text("Staff"), s.text("Mobile"), s.text("Email"));
    }

    private List<EdxmlAttachment> attachments(XmlNode root) {
        XmlNode encoded = root.child("AttachmentEncoded");
        List<EdxmlAttachment> attachments = encoded == null ? List.of() : encoded.children("Attachment").stream()
                .map(a -> new EdxmlAttachment(requiredText(a, "ContentId"), requiredText(a, "AttachmentName"),
                        a.text("ContentType"), a.text("Description"),
                        requiredValue(a, "ContentTransferEncoded",
                                s -> Base64.getDecoder().decode(BLANKS.matcher(s).replaceAll("")))))
                .toList();
        // A file the manifest announces but the package lacks would be lost without a word.
        XmlNode manifest = root.child("edXMLEnvelope").child("edXMLBody");
        manifest = manifest == null ? null : manifest.child("edXMLManifest");
        if (manifest != null) {
            for (XmlNode reference : manifest.children("Reference")) {
                String contentId = reference.text("ContentId");
                if (contentId != null && attachments.stream().noneMatch(a -> a.contentId().equals(contentId))) {
                    throw MalformedEdxmlException.missing("edXML/AttachmentEncoded/Attachment[" + contentId + "]");
                }
            }
        }
        return attachments;
    }

    private StatusMessage status(XmlNode h) {
        return new StatusMessage(organization(required(h, "From")), responseFor(required(h, "ResponseFor")),
                staff(h.child("StaffInfo")), requiredValue(h, "StatusCode", DeliveryStatus::fromCode),
                h.text("Description"), requiredValue(h, "Timestamp", EdxmlDates::parseTimestamp));
    }

    private static XmlNode required(XmlNode parent, String name) {
        XmlNode child = parent.child(name);
        if (child == null) {
            throw MalformedEdxmlException.missing(parent.path() + "/" + name);
        }
        return child;
    }

    private static String requiredText(XmlNode parent, String name) {
        String text = required(parent, name).text();
        if (text == null) {
            throw MalformedEdxmlException.missing(parent.path() + "/" + name);
        }
        return text;
    }

    private static <T> T requiredValue(XmlNode parent, String name, Function<String, T> parser) {
        requiredText(parent, name);
        return value(parent, name, parser);
    }

    /** The child's text parsed, null when absent or empty; any parse failure names the element and the text. */
    private static <T> T value(XmlNode parent, String name, Function<String, T> parser) {
        String text = parent.text(name);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw MalformedEdxmlException.invalid(parent.path() + "/" + name, text);
        }
    }

    private static List<String> texts(List<XmlNode> nodes) {
        return nodes.stream().map(XmlNode::text).filter(Objects::nonNull).toList();
    }

    /** edXML writes yes/no both as 1/0 and as true/false. */
    private static boolean flag(String text) {
        return switch (text) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the stream belongs to the caller; nothing was held open beyond the parser
            }
        }
    }

    /** Stops reading past the limit, so that an oversized package fails before it fills the heap. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;
        boolean exceeded;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("edXML package larger than " + limit + " bytes");
            }
        }
    }
}
