package vn.lienthong.demo;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsageScheduleTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final int OCTOBER_WEEKDAYS = 22;

    private static int activeIn(String mailbox, UsageSchedule.Profile profile) {
        return UsageSchedule.activeDays(mailbox, profile, OCTOBER.atDay(1), OCTOBER.atEndOfMonth()).size();
    }

    @Test
    void regularLeadersAreActiveOnAtLeastEightyPercentOfWorkingDays() {
        for (String who : new String[] {"lanhdao.ubnd", "quanly.ubnd", "lanhdao.sotttt", "quanly.sotttt",
                "lanhdao.snv", "lanhdao.quan1", "quanly.stc", "quanly.quan3"}) {
            int active = activeIn(who + "@tphcm.gov.vn", UsageSchedule.Profile.REGULAR);
            assertTrue(active * 100 >= 80 * OCTOBER_WEEKDAYS, who + " active on " + active);
        }
    }

    @Test
    void irregularLeadersAreActiveSometimesButBelowTheThreshold() {
        for (String who : new String[] {"quanly.snv", "quanly.quan1", "lanhdao.stc"}) {
            int active = activeIn(who + "@tphcm.gov.vn", UsageSchedule.Profile.IRREGULAR);
            assertTrue(active > 0 && active * 100 < 80 * OCTOBER_WEEKDAYS, who + " active on " + active);
        }
    }

    @Test
    void nobodyWorksWeekendsAndTheNonUserNeverAppears() {
        assertEquals(0, activeIn("lanhdao.quan3@tphcm.gov.vn", UsageSchedule.Profile.NEVER));
        UsageSchedule.activeDays("lanhdao.ubnd@tphcm.gov.vn", UsageSchedule.Profile.REGULAR, OCTOBER.atDay(1),
                OCTOBER.atEndOfMonth()).forEach(d -> assertTrue(d.day().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()));
    }

    @Test
    void theSameDayGivesTheSameHistory() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        assertEquals(UsageSchedule.activeDays("a@tphcm.gov.vn", UsageSchedule.Profile.REGULAR, day, day.plusDays(30)),
                UsageSchedule.activeDays("a@tphcm.gov.vn", UsageSchedule.Profile.REGULAR, day, day.plusDays(30)));
    }
}
