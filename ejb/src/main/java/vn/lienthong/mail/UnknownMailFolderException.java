package vn.lienthong.mail;

import vn.lienthong.platform.DomainException;

/** No folder of that name in this mailbox. */
public class UnknownMailFolderException extends DomainException {

    public UnknownMailFolderException(String folder) {
        super("mail.folder.unknown", folder);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
