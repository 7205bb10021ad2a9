package vn.lienthong.adoption;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UsageEventTest {

    private final Mailbox lan = Mailbox.of("LanTT.snv@tphcm.gov.vn");
    private final Instant at = Instant.parse("2026-11-27T02:15:30.250Z");

    @Test
    void aWebmailLoginRecordedTwiceHasOneIdentity() {
        UsageEvent first = UsageEvent.fromWebmail(UsageEventKind.WEBMAIL_LOGIN, lan, at, "session-1");
        UsageEvent retried = UsageEvent.fromWebmail(UsageEventKind.WEBMAIL_LOGIN, lan, at.plusMillis(300), "session-1");

        assertEquals(first.id(), retried.id());
        assertEquals(Instant.parse("2026-11-27T02:15:30Z"), first.instant());
        assertEquals(ClientKind.WEBMAIL, first.client());
    }

    @Test
    void anotherSessionIsAnotherEvent() {
        assertNotEquals(UsageEvent.fromWebmail(UsageEventKind.WEBMAIL_LOGIN, lan, at, "session-1").id(),
                UsageEvent.fromWebmail(UsageEventKind.WEBMAIL_LOGIN, lan, at, "session-2").id());
    }

    @Test
    void onlyWebmailKindsComeFromTheWebmailView() {
        assertThrows(IllegalArgumentException.class,
                () -> UsageEvent.fromWebmail(UsageEventKind.IMAP_LOGIN, lan, at, "s"));
    }

    @Test
    void webmailEventsCountAsUseInTheirDay() {
        List<MailboxDay> days = MailboxDay.tally(List.of(
                UsageEvent.fromWebmail(UsageEventKind.WEBMAIL_LOGIN, lan, at, "s"),
                UsageEvent.fromWebmail(UsageEventKind.WEBMAIL_MESSAGE_SENT, lan, at, "<m1@tphcm.gov.vn>")),
                ZoneId.of("Asia/Ho_Chi_Minh"));

        assertEquals(1, days.size());
        assertEquals(1, days.get(0).webmailLogins());
        assertEquals(1, days.get(0).messagesSent());
        assertEquals(true, days.get(0).active());
    }

    @Test
    void idsRoundTripThroughTheirStoredForm() {
        UsageEventId id = UsageEvent.fromWebmail(UsageEventKind.WEBMAIL_LOGIN, lan, at, "s").id();

        assertEquals(32, id.hex().length());
        assertEquals(id, UsageEventId.parse(id.hex()));
    }
}
