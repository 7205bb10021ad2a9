package vn.lienthong.mail;

import java.util.Objects;

/**
 * A leader's official mailbox and how to log in to it. The login is the address itself, or, where the server offers an
 * IMAP master user (Dovecot's {@code user*master}), the proxy login configured for LienThong.
 *
 * @param address     the mailbox's address, used as From
 * @param displayName the leader's name as recipients see it
 * @param login       the IMAP/SMTP user name
 * @param password    kept only as long as the HTTP session; never stored or logged
 */
public record MailAccount(String address, String displayName, String login, String password) {

    public MailAccount {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
    }

    /** The usual case: the leader logs in with their own address and password. */
    public static MailAccount own(String address, String displayName, String password) {
        return new MailAccount(address, displayName, address, password);
    }

    @Override
    public String toString() {
        return "MailAccount[" + address + ", login=" + login + "]";
    }
}
