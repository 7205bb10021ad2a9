package vn.lienthong.adoption;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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

    /** This day's counts plus another's for the same mailbox and day, e.g. a stored row plus a new import's. */
    public MailboxDay plus(MailboxDay other) {
        if (!mailbox.equals(other.mailbox) || !day.equals(other.day)) {
            throw new IllegalArgumentException(other.mailbox + " " + other.day + " is not " + mailbox + " " + day);
        }
        return new MailboxDay(mailbox, day, webmailLogins + other.webmailLogins, imapLogins + other.imapLogins,
                pop3Logins + other.pop3Logins, failedLogins + other.failedLogins, messagesSent + other.messagesSent,
                messagesReceived + other.messagesReceived);
    }

    /**
     * The days of some events, e.g. the ones a store has just accepted as new, counted in {@code zone}'s days.
     * The importer keeps its own tally; this serves events from elsewhere, such as the webmail view.
     */
    public static List<MailboxDay> tally(Iterable<UsageEvent> events, ZoneId zone) {
        Map<Mailbox, Map<LocalDate, MailboxDay>> days = new TreeMap<>();
        for (UsageEvent event : events) {
            LocalDate day = LocalDate.ofInstant(event.instant(), zone);
            days.computeIfAbsent(event.mailbox(), m -> new TreeMap<>())
                    .merge(day, of(event.mailbox(), day, event.kind()), MailboxDay::plus);
        }
        List<MailboxDay> result = new ArrayList<>();
        days.values().forEach(perDay -> result.addAll(perDay.values()));
        result.sort(Comparator.comparing(MailboxDay::mailbox).thenComparing(MailboxDay::day));
        return result;
    }

    private static MailboxDay of(Mailbox mailbox, LocalDate day, UsageEventKind kind) {
        return new MailboxDay(mailbox, day, kind == UsageEventKind.WEBMAIL_LOGIN ? 1 : 0,
                kind == UsageEventKind.IMAP_LOGIN ? 1 : 0, kind == UsageEventKind.POP3_LOGIN ? 1 : 0,
                kind == UsageEventKind.FAILED_LOGIN ? 1 : 0,
                kind == UsageEventKind.MESSAGE_SUBMITTED || kind == UsageEventKind.WEBMAIL_MESSAGE_SENT ? 1 : 0,
                kind == UsageEventKind.MESSAGE_RECEIVED ? 1 : 0);
    }
}
