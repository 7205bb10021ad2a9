package vn.lienthong.adoption;

/**
 * What happened to a mailbox. Only some kinds are <em>use</em> (sử dụng): a person reading or sending mail.
 * A failed login, a logout or a delivery says nothing about whether the person used email.
 */
public enum UsageEventKind {
    WEBMAIL_LOGIN(ClientKind.WEBMAIL, true),
    WEBMAIL_MESSAGE_SENT(ClientKind.WEBMAIL, true),
    /** A message opened in the webmail view; reading happens inside a webmail session, so it is use too. */
    WEBMAIL_MESSAGE_READ(ClientKind.WEBMAIL, true),
    IMAP_LOGIN(ClientKind.IMAP, true),
    POP3_LOGIN(ClientKind.POP3, true),
    /** A session of a logged-in client ended; kept to measure sessions later, never counted as use. */
    LOGOUT(null, false),
    /** Wrong password or unknown user at IMAP or POP3: counted apart, never as use. */
    FAILED_LOGIN(null, false),
    /** A message accepted through authenticated submission, once however many recipients it had. */
    MESSAGE_SUBMITTED(ClientKind.SUBMISSION, true),
    /** A message delivered into the mailbox: received, not used. */
    MESSAGE_RECEIVED(ClientKind.DELIVERY, false);

    private final ClientKind usualClient;
    private final boolean use;

    UsageEventKind(ClientKind usualClient, boolean use) {
        this.usualClient = usualClient;
        this.use = use;
    }

    /** Whether this event makes its day an active day for the mailbox's owner. */
    public boolean isUse() {
        return use;
    }

    /** The client this kind always comes from, or {@code null} when the event itself says (IMAP or POP3). */
    public ClientKind usualClient() {
        return usualClient;
    }
}
