package vn.lienthong.adoption.internal;

import vn.lienthong.adoption.Mailbox;
import vn.lienthong.adoption.UsageEvent;
import vn.lienthong.adoption.UsageEventKind;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts new events add to one {@code mailbox_day} row. Unlike {@code MailboxDay} it keeps webmail reads
 * apart, since a read inside a session that began the day before still makes the day active.
 */
final class DayCounts {

    final Mailbox mailbox;
    final LocalDate day;
    int webmailLogins;
    int webmailReads;
    int imapLogins;
    int pop3Logins;
    int failedLogins;
    int sent;
    int received;
    boolean active;

    private DayCounts(Mailbox mailbox, LocalDate day) {
        this.mailbox = mailbox;
        this.day = day;
    }

    static List<DayCounts> tally(List<UsageEvent> events, ZoneId zone) {
        Map<String, DayCounts> days = new LinkedHashMap<>();
        for (UsageEvent event : events) {
            LocalDate day = LocalDate.ofInstant(event.instant(), zone);
            days.computeIfAbsent(event.mailbox().address() + ' ' + day, k -> new DayCounts(event.mailbox(), day))
                    .add(event.kind());
        }
        return new ArrayList<>(days.values());
    }

    private void add(UsageEventKind kind) {
        switch (kind) {
            case WEBMAIL_LOGIN -> webmailLogins++;
            case WEBMAIL_MESSAGE_READ -> webmailReads++;
            case IMAP_LOGIN -> imapLogins++;
            case POP3_LOGIN -> pop3Logins++;
            case FAILED_LOGIN -> failedLogins++;
            case MESSAGE_SUBMITTED, WEBMAIL_MESSAGE_SENT -> sent++;
            case MESSAGE_RECEIVED -> received++;
            case LOGOUT -> { } // kept as an event, adds nothing to a day
        }
        active |= kind.isUse();
    }

    /** Binds the ten parameters shared by the update and insert statements, in their order. */
    void bind(PreparedStatement statement) throws SQLException {
        statement.setInt(1, webmailLogins);
        statement.setInt(2, webmailReads);
        statement.setInt(3, imapLogins);
        statement.setInt(4, pop3Logins);
        statement.setInt(5, failedLogins);
        statement.setInt(6, sent);
        statement.setInt(7, received);
        statement.setBoolean(8, active);
        statement.setString(9, mailbox.address());
        statement.setDate(10, Date.valueOf(day));
    }
}
