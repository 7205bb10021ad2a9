package vn.lienthong.exchange;

import vn.lienthong.platform.DomainException;

/** No document with this id exists, or the caller's agency may not see it: the answer is the same either way. */
public class UnknownDocumentException extends DomainException {

    public UnknownDocumentException(long id) {
        super(Kind.NOT_FOUND, "document.unknown", id);
    }
}
