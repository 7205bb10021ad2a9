package vn.lienthong.adoption;

/** The way a person reached their mailbox, or the way mail reached it. */
public enum ClientKind {
    /** The system's own webmail view. */
    WEBMAIL,
    /** A desktop or phone client reading over IMAP. */
    IMAP,
    /** A desktop or phone client reading over POP3. */
    POP3,
    /** A client sending through authenticated SMTP submission. */
    SUBMISSION,
    /** The server delivering a message into the mailbox (LMTP or Postfix virtual). */
    DELIVERY
}
