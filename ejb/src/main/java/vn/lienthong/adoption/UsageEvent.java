package vn.lienthong.adoption;

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

    public UsageEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(host, "host");
    }
}
