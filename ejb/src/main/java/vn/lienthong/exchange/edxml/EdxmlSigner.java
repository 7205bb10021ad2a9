package vn.lienthong.exchange.edxml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The hook for the XMLDSig signature: {@link EdxmlWriter} calls it once the whole package is built, and the
 * signer appends its {@code Signature} element to {@code edXMLHeader} (after {@code TraceHeaderList}, where real
 * packages have it). The signing capability implements it; nothing is signed here.
 */
@FunctionalInterface
public interface EdxmlSigner {

    void sign(Document document, Element edXMLHeader);
}
