package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RegisterCounterTest {

    private static final AgencyCode STTTT = AgencyCode.parse("000.00.12.H29");

    @Test
    void numbersRunFromOneWithoutGaps() {
        RegisterKey key = new RegisterKey(STTTT, RegisterKind.OUTGOING, RegisterSeries.NORMAL, 2026);
        RegisterCounter counter = RegisterCounter.start(key);
        for (int expected = 1; expected <= 15; expected++) {
            counter = counter.next();
            assertEquals(expected, counter.last());
        }
        assertEquals("15/STTTT-VP", new DocumentNumber(counter.last(), "STTTT-VP").format());
    }

    @Test
    void theYearTurnsAtMidnightInHoChiMinhCityNotInUtc() {
        Instant lastEvening = Instant.parse("2026-12-31T16:59:59Z"); // 23:59:59 in Vietnam
        Instant newYearMorning = Instant.parse("2026-12-31T17:00:00Z"); // 00:00 on 1 January in Vietnam
        RegisterKey old = RegisterKey.at(STTTT, RegisterKind.OUTGOING, RegisterSeries.NORMAL, lastEvening);
        RegisterKey fresh = RegisterKey.at(STTTT, RegisterKind.OUTGOING, RegisterSeries.NORMAL, newYearMorning);
        assertEquals(2026, old.year());
        assertEquals(2027, fresh.year());
        assertEquals(1, RegisterCounter.start(fresh).next().last());
    }

    @Test
    void seriesRegistersAndAgenciesNumberApart() {
        RegisterKey normal = new RegisterKey(STTTT, RegisterKind.OUTGOING, RegisterSeries.NORMAL, 2026);
        assertNotEquals(normal, new RegisterKey(STTTT, RegisterKind.OUTGOING, RegisterSeries.SECRET, 2026));
        assertNotEquals(normal, new RegisterKey(STTTT, RegisterKind.INCOMING, RegisterSeries.NORMAL, 2026));
        assertNotEquals(normal, new RegisterKey(AgencyCode.parse("000.00.00.H29"), RegisterKind.OUTGOING,
                RegisterSeries.NORMAL, 2026));
    }
}
