package vn.lienthong.signing.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.lienthong.signing.Reason;
import vn.lienthong.signing.SignatureReport;
import vn.lienthong.signing.Verdict;

import javax.xml.XMLConstants;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Enveloped XMLDSig over a whole edXML package (QCVN 102:2016), with the JDK's {@code javax.xml.crypto} (Santuario's
 * code, inside the JDK: nothing to add to the deployment, and the same in unit tests and the server). The signature
 * goes where real packages carry theirs, as the last child of {@code edXMLHeader}: Reference URI="" (the whole
 * document), the enveloped-signature and exclusive c14n transforms, SHA-256, and the signer's chain in KeyInfo.
 */
public final class XmlSignatures {

    public static final String EDXML = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final Set<String> WHOLE_DOCUMENT_TRANSFORMS = Set.of(Transform.ENVELOPED,
            CanonicalizationMethod.EXCLUSIVE, CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.INCLUSIVE, CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS);
    private static final XMLSignatureFactory FACTORY = XMLSignatureFactory.getInstance("DOM");

    private XmlSignatures() {
    }

    /**
     * @return the package with its signature, replacing any signature it carried: a package has one, its sender's
     * @throws IllegalArgumentException when the bytes are not well-formed XML
     */
    public static byte[] sign(PrivateKey key, List<X509Certificate> chain, byte[] edxml) {
        Document document = parse(edxml);
        removeSignatures(document);
        try {
            Reference reference = FACTORY.newReference("", FACTORY.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(FACTORY.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            FACTORY.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = FACTORY.newSignedInfo(
                    FACTORY.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    FACTORY.newSignatureMethod(signatureMethod(key), null), List.of(reference));
            KeyInfoFactory keyInfos = FACTORY.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.copyOf(chain))));
            FACTORY.newXMLSignature(signedInfo, keyInfo).sign(new DOMSignContext(key, signatureParent(document)));
            return serialise(document);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("Cannot sign the envelope with " + chain.get(0).getSubjectX500Principal(), e);
        }
    }

    /** Every XMLDSig signature in the package must hold; the report is the first that does not, else the first. */
    public static SignatureReport check(byte[] edxml, CmsChecker checker) {
        Document document;
        try {
            document = parse(edxml);
        } catch (IllegalArgumentException e) {
            return SignatureReport.of(Verdict.INVALID, Reason.MALFORMED);
        }
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() == 0) {
            // Real packages carry a <Signature> that never declared the XMLDSig namespace: not a signature anyone
            // can check, and not the same as having none.
            return document.getElementsByTagNameNS("*", "Signature").getLength() > 0
                    ? SignatureReport.of(Verdict.INVALID, Reason.MALFORMED)
                    : SignatureReport.of(Verdict.INVALID, Reason.NO_SIGNATURE);
        }
        SignatureReport first = null;
        for (int i = 0; i < signatures.getLength(); i++) {
            SignatureReport report = checkOne((Element) signatures.item(i), checker);
            if (!report.isValid()) {
                return report;
            }
            first = first == null ? report : first;
        }
        return first;
    }

    private static SignatureReport checkOne(Element element, CmsChecker checker) {
        CertificateSelector selector = new CertificateSelector();
        DOMValidateContext context = new DOMValidateContext(selector, element);
        // Limits on transforms, references and algorithms against hostile signatures (the JDK's policy).
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        try {
            XMLSignature signature = FACTORY.unmarshalXMLSignature(context);
            boolean intact = signature.validate(context);
            X509Certificate signer = selector.signer;
            if (!intact) {
                return new SignatureReport(Verdict.INVALID, Reason.TAMPERED, Certificates.commonName(signer),
                        Certificates.organisation(signer), null, List.of());
            }
            if (!coversWholeDocument(signature.getSignedInfo())) {
                return checker.checkPath(signer, selector.supplied, null)
                        .withVerdict(Verdict.INDETERMINATE, Reason.NOT_WHOLE_DOCUMENT);
            }
            return checker.checkPath(signer, selector.supplied, null);
        } catch (MarshalException | XMLSignatureException | RuntimeException e) {
            return SignatureReport.of(Verdict.INVALID, Reason.MALFORMED);
        }
    }

    /** One reference, to the whole document, transformed only by removing the signature and canonicalising. */
    private static boolean coversWholeDocument(SignedInfo signedInfo) {
        List<?> references = signedInfo.getReferences();
        if (references.size() != 1 || !"".equals(((Reference) references.get(0)).getURI())) {
            return false;
        }
        for (Object transform : ((Reference) references.get(0)).getTransforms()) {
            if (!WHOLE_DOCUMENT_TRANSFORMS.contains(((Transform) transform).getAlgorithm())) {
                return false;
            }
        }
        return true;
    }

    /** Picks the signer's key from the certificates in KeyInfo: the end-entity one, and remembers it. */
    private static final class CertificateSelector extends KeySelector {
        private X509Certificate signer;
        private final List<X509Certificate> supplied = new ArrayList<>();

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method,
                                        XMLCryptoContext context) throws KeySelectorException {
            if (keyInfo != null) {
                for (Object item : keyInfo.getContent()) {
                    if (item instanceof X509Data data) {
                        for (Object value : data.getContent()) {
                            if (value instanceof X509Certificate certificate) {
                                supplied.add(certificate);
                            }
                        }
                    }
                }
            }
            signer = supplied.stream().filter(c -> c.getBasicConstraints() < 0).findFirst()
                    .orElseThrow(() -> new KeySelectorException("No signer certificate in KeyInfo"));
            Key key = signer.getPublicKey();
            return () -> key;
        }
    }

    private static String signatureMethod(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> SignatureMethod.RSA_SHA256;
            case "EC", "ECDSA" -> SignatureMethod.ECDSA_SHA256;
            default -> throw new IllegalArgumentException("Unsupported signing key algorithm " + key.getAlgorithm());
        };
    }

    /** The header, where real packages carry their signature; the root for anything else. */
    private static Element signatureParent(Document document) {
        NodeList headers = document.getElementsByTagNameNS(EDXML, "edXMLHeader");
        return headers.getLength() > 0 ? (Element) headers.item(0) : document.getDocumentElement();
    }

    /** XMLDSig ones, and the namespace-less kind real packages carry in their header. */
    private static void removeSignatures(Document document) {
        List<Node> found = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "Signature");
        for (int i = 0; i < all.getLength(); i++) {
            Node node = all.item(i);
            if (XMLSignature.XMLNS.equals(node.getNamespaceURI())
                    || node.getParentNode() != null && "edXMLHeader".equals(node.getParentNode().getLocalName())) {
                found.add(node);
            }
        }
        found.forEach(node -> node.getParentNode().removeChild(node));
    }

    /** Namespace-aware, no DTD, no external entities: a package is data from outside. */
    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Not well-formed XML", e);
        }
    }

    private static byte[] serialise(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the signed envelope", e);
        }
    }
}
