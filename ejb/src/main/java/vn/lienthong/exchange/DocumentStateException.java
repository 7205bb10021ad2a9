package vn.lienthong.exchange;

import vn.lienthong.platform.DomainException;

/** The document is not in a state that allows this action, such as issuing a number twice. */
public class DocumentStateException extends DomainException {

    public DocumentStateException(String messageKey, Object... arguments) {
        super(Kind.CONFLICT, messageKey, arguments);
    }
}
