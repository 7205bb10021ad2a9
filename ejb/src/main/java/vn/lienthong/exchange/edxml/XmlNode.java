package vn.lienthong.exchange.edxml;

import java.util.ArrayList;
import java.util.List;

/**
 * An element as the reader keeps it: local name, text and children. Lookups go by local name, because real
 * packages bind the same namespace both as the default and as {@code edXML:}, and signers add their own.
 */
final class XmlNode {

    private final String name;
    private final String path;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlNode> children = new ArrayList<>();

    XmlNode(XmlNode parent, String name) {
        this.name = name;
        this.path = parent == null ? name : parent.path + "/" + name;
    }

    String name() {
        return name;
    }

    /** Where the element sits, for error messages: {@code edXML/edXMLEnvelope/…/From/OrganId}. */
    String path() {
        return path;
    }

    void appendText(String more) {
        text.append(more);
    }

    XmlNode addChild(String childName) {
        XmlNode child = new XmlNode(this, childName);
        children.add(child);
        return child;
    }

    /** The first child of that name, or null. */
    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The stripped text, or null when there is none. */
    String text() {
        String t = text.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** The stripped text of the first child of that name, or null when it is absent or empty. */
    String text(String childName) {
        XmlNode c = child(childName);
        return c == null ? null : c.text();
    }
}
