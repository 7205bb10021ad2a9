package vn.lienthong.adoption;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One mailbox's activity on one day: the per-day aggregate that reports read, so that no report recounts raw events.
 * The natural key is ({@code mailbox}, {@code day}).
 */
public record MailboxDay(Mailbox mailbox, LocalDate day, int webmailLogins, int imapLogins, int pop3Logins,
                         int failedLogins, int messagesSent, int messagesReceived) {

    public MailboxDay {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(day, "day");
    }

    /** Logged in from any client, or sent mail: what the policy calls an active day. */
    public boolean active() {
        return webmailLogins + imapLogins + pop3Logins + messagesSent > 0;
    }

    public int logins() {
        return webmailLogins + imapLogins + pop3Logins;
    }
}
