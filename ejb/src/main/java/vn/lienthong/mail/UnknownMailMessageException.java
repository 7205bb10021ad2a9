package vn.lienthong.mail;

import vn.lienthong.platform.DomainException;

/** No message with that UID in the folder (moved or deleted meanwhile), or no such part in it. */
public class UnknownMailMessageException extends DomainException {

    public UnknownMailMessageException(String folder, long uid) {
        super(Kind.NOT_FOUND, "mail.message.unknown", folder, String.valueOf(uid));
    }
}
