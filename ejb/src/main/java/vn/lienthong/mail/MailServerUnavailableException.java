package vn.lienthong.mail;

import vn.lienthong.platform.DomainException;

/**
 * The mail server could not be reached, did not answer in time, or dropped the connection. The rest of LienThong
 * keeps working; only the mailbox is out of reach.
 */
public class MailServerUnavailableException extends DomainException {

    /**
     * CONFLICT until the platform has a kind for "try again later" (503): the request was fine, the state of the
     * world was not.
     *
     * @param messageKey why: {@code mail.server.unreachable}, {@code mail.server.timeout} or {@code mail.server.error}
     */
    public MailServerUnavailableException(String messageKey) {
        super(Kind.CONFLICT, messageKey);
    }
}
