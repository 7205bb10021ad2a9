package vn.lienthong.mail;

import vn.lienthong.platform.DomainException;

/** The mail server refused the mailbox login: a wrong password, or a locked mailbox. */
public class MailLoginException extends DomainException {

    public MailLoginException(String address) {
        super(Kind.FORBIDDEN, "mail.login.failed", address);
    }
}
