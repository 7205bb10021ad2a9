package vn.lienthong.exchange;

import vn.lienthong.platform.DomainException;

/** The document is not in a state that allows this action, such as issuing a number twice. */
public class DocumentStateException extends DomainException {

    public DocumentStateException(String messageKey, Object... arguments) {
        super(Kind.CONFLICT, messageKey, arguments);
    }

    /** A recalled or replaced document's record is frozen; the message names which it was. */
    static DocumentStateException frozen(OutgoingDocument document) {
        return new DocumentStateException(document.status() == OutgoingStatus.REPLACED ? "document.frozen.replaced" : "document.frozen");
    }
}
