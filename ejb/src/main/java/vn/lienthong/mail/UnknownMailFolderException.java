package vn.lienthong.mail;

import vn.lienthong.platform.DomainException;

/** No folder of that name in this mailbox. */
public class UnknownMailFolderException extends DomainException {

    public UnknownMailFolderException(String folder) {
        super(Kind.NOT_FOUND, "mail.folder.unknown", folder);
    }
}
