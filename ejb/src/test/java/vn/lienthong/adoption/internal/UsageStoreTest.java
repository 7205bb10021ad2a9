package vn.lienthong.adoption.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.adoption.ClientKind;
import vn.lienthong.adoption.Mailbox;
import vn.lienthong.adoption.UsageEvent;
import vn.lienthong.adoption.UsageEventKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsageStoreTest {

    static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Mailbox LAN = Mailbox.of("LanTT.snv@tphcm.gov.vn");

    DataSource db;
    UsageStore store = new UsageStore(SAIGON);

    @BeforeEach
    void database() {
        db = TestDatabase.migrated();
    }

    @Test
    void storingTheSameEventsAgainInsertsNothingAndChangesNoAggregate() throws SQLException {
        List<UsageEvent> events = List.of(
                event(UsageEventKind.IMAP_LOGIN, "2026-11-02T01:00:00Z", "s1"),
                event(UsageEventKind.IMAP_LOGIN, "2026-11-02T02:00:00Z", "s2"),
                event(UsageEventKind.MESSAGE_SUBMITTED, "2026-11-02T03:00:00Z", "q1"),
                event(UsageEventKind.MESSAGE_RECEIVED, "2026-11-03T03:00:00Z", "d1"));

        UsageStore.Stored first = store(events);
        UsageStore.Stored again = store(events);

        assertEquals(4, first.newEvents());
        assertEquals(0, again.newEvents());
        assertEquals(4, again.duplicates());
        assertEquals("2,0,1,0,true", day("2026-11-02"));
        assertEquals("0,0,0,1,false", day("2026-11-03"));
        assertEquals(4, count("SELECT COUNT(*) FROM usage_event"));
    }

    @Test
    void anOverlappingBatchAddsOnlyItsNewEventsToTheDay() throws SQLException {
        store(List.of(event(UsageEventKind.POP3_LOGIN, "2026-11-02T01:00:00Z", "a")));
        UsageStore.Stored overlap = store(List.of(event(UsageEventKind.POP3_LOGIN, "2026-11-02T01:00:00Z", "a"),
                event(UsageEventKind.POP3_LOGIN, "2026-11-02T05:00:00Z", "b")));

        assertEquals(1, overlap.newEvents());
        assertEquals(1, overlap.duplicates());
        assertEquals(2, count("SELECT pop3_logins FROM mailbox_day"));
    }

    @Test
    void eventsCountInVietnamsDayNotUtcs() throws SQLException {
        // 18:30 UTC on 1 November is 01:30 on 2 November in Hồ Chí Minh City.
        store(List.of(event(UsageEventKind.IMAP_LOGIN, "2026-11-01T18:30:00Z", "late")));
        assertEquals("1,0,0,0,true", day("2026-11-02"));
    }

    @Test
    void aWebmailReadMakesTheDayActiveAndAFailedLoginDoesNot() throws SQLException {
        store(List.of(UsageEvent.fromWebmail(UsageEventKind.WEBMAIL_MESSAGE_READ, LAN,
                        Instant.parse("2026-11-04T02:00:00Z"), "msg-1"),
                event(UsageEventKind.FAILED_LOGIN, "2026-11-05T02:00:00Z", "f")));
        assertEquals(1, count("SELECT COUNT(*) FROM mailbox_day WHERE active"));
        assertEquals(1, count("SELECT webmail_reads FROM mailbox_day WHERE activity_day = DATE '2026-11-04'"));
        assertFalse(day("2026-11-05").endsWith("true"));
    }

    @Test
    void manyEventsGoThroughInSeveralBatches() throws SQLException {
        List<UsageEvent> events = new ArrayList<>();
        for (int i = 0; i < UsageStore.BATCH * 2 + 17; i++) {
            events.add(event(UsageEventKind.IMAP_LOGIN, "2026-11-02T01:00:00Z", "s" + i));
        }
        assertEquals(events.size(), store(events).newEvents());
        assertEquals(events.size(), count("SELECT imap_logins FROM mailbox_day"));
        assertTrue(store(events).newByKind().isEmpty());
    }

    private UsageStore.Stored store(List<UsageEvent> events) throws SQLException {
        try (Connection c = db.getConnection()) {
            return store.store(c, events);
        }
    }

    /** imap, pop3, sent, received, active */
    private String day(String date) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT imap_logins, pop3_logins, messages_sent, messages_received, active "
                     + "FROM mailbox_day WHERE mailbox = '" + LAN.address() + "' AND activity_day = DATE '" + date + "'")) {
            return r.next() ? r.getInt(1) + "," + r.getInt(2) + "," + r.getInt(3) + "," + r.getInt(4) + ","
                    + r.getBoolean(5) : "none";
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static UsageEvent event(UsageEventKind kind, String at, String distinguishing) {
        Instant instant = Instant.parse(at);
        return new UsageEvent(EventIdentity.of(kind, "mx1", instant.getEpochSecond(), LAN.address(), distinguishing),
                kind, LAN, instant, kind.usualClient() == null ? ClientKind.IMAP : kind.usualClient(), "mx1");
    }
}
