package vn.lienthong.exchange.edxml;

import vn.lienthong.platform.InvalidInputException;

/**
 * An edXML package that cannot be imported. The message key says what kind of fault it is, and the arguments
 * name the element and the offending value, so that the clerk and the sender can find it.
 */
public class MalformedEdxmlException extends InvalidInputException {

    public MalformedEdxmlException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    static MalformedEdxmlException missing(String path) {
        return new MalformedEdxmlException("edxml.malformed.missing", path);
    }

    /** The offending value is quoted, cut short: a broken base64 attachment would otherwise fill the message. */
    static MalformedEdxmlException invalid(String path, String value) {
        String shown = value != null && value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new MalformedEdxmlException("edxml.malformed.value", path, shown);
    }
}
