package vn.lienthong.mail;

import vn.lienthong.platform.DomainException;

/** The mailbox is not open in this session (never opened, closed, or the session was moved): open it again. */
public class MailSessionClosedException extends DomainException {

    public MailSessionClosedException() {
        super(Kind.CONFLICT, "mail.session.closed");
    }
}
