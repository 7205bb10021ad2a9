package vn.lienthong.mail;

import vn.lienthong.platform.DomainException;

/** The signed-in account has no official mailbox in the directory, so there is nothing to open. */
public class NoOfficialMailboxException extends DomainException {

    public NoOfficialMailboxException(String username) {
        super(Kind.FORBIDDEN, "mail.mailbox.none", username);
    }
}
