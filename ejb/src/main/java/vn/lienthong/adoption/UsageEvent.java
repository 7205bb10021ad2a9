package vn.lienthong.adoption;

import vn.lienthong.adoption.internal.EventIdentity;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to one mailbox, from a mail server's log or the webmail view. Metadata only: who, when,
 * how, where; never a subject or a body.
 *
 * @param instant to the second, since classic syslog has no fractions and the identity must not depend on format
 * @param host    the server that logged it ({@code "webmail"} for the system's own view)
 */
public record UsageEvent(UsageEventId id, UsageEventKind kind, Mailbox mailbox, Instant instant, ClientKind client,
                         String host) {

    /** The host name webmail events carry, so that they never share an identity with a mail server's. */
    public static final String WEBMAIL_HOST = "webmail";

    public UsageEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(host, "host");
    }

    /**
     * An event of the system's own webmail view, with a stable identity: recording the same login or sending twice
     * (a retried request) still counts once.
     *
     * @param distinguishing what makes it unique beyond the second: the web session id for a login, the message's
     *                       id for a message sent
     */
    public static UsageEvent fromWebmail(UsageEventKind kind, Mailbox mailbox, Instant at, String distinguishing) {
        if (kind.usualClient() != ClientKind.WEBMAIL) {
            throw new IllegalArgumentException(kind + " is not a webmail event");
        }
        long second = at.getEpochSecond();
        UsageEventId id = EventIdentity.of(kind, WEBMAIL_HOST, second, mailbox.address(),
                Objects.requireNonNull(distinguishing, "distinguishing"));
        return new UsageEvent(id, kind, mailbox, Instant.ofEpochSecond(second), ClientKind.WEBMAIL, WEBMAIL_HOST);
    }
}
