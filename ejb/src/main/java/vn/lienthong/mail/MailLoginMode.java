package vn.lienthong.mail;

/**
 * How LienThong logs in to a leader's official mailbox (config {@code lienthong.mail.login}, see config/30-mail.cli).
 * Either way the mailbox is the one the directory binds to the signed-in account, never one named in a request.
 */
public enum MailLoginMode {
    /** The leader types the mailbox password once; it lives only in the HTTP session's memory. */
    PASSWORD,
    /**
     * A master user configured for LienThong logs in on the leader's behalf (Dovecot's {@code leader*master}):
     * no mailbox password is asked or kept, only the master password in the server's configuration.
     */
    MASTER;

    /** {@code password} (the default) or {@code master}, as written in the configuration. */
    public static MailLoginMode parse(String text) {
        return text != null && text.strip().equalsIgnoreCase("master") ? MASTER : PASSWORD;
    }
}
