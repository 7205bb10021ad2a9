package vn.lienthong.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which demo leader used the webmail on which day: a regular user on nearly every working day, an irregular one on
 * one in three, and someone who never does. Deterministic (mailbox and day decide), so that a restart or a test sees
 * the same history.
 */
public final class UsageSchedule {

    /** How a person uses email in the demo history. */
    public enum Profile {
        /** Every working day but one day in twelve: at least 85 % of any month's working days. */
        REGULAR,
        /** One day in three. */
        IRREGULAR,
        NEVER
    }

    /** One active day: when the person logged in, and whether they also sent a message. */
    public record ActiveDay(LocalDate day, LocalTime login, boolean sent) {
    }

    private UsageSchedule() {
    }

    /** The working days (Monday to Friday) from {@code from} to {@code to}, both included, that the person was active. */
    public static List<ActiveDay> activeDays(String mailbox, Profile profile, LocalDate from, LocalDate to) {
        Objects.requireNonNull(mailbox, "mailbox");
        List<ActiveDay> days = new ArrayList<>();
        // Each person skips different days; the cycle, not chance, keeps a regular user above the threshold.
        long offset = Math.floorMod(mailbox.hashCode(), 997);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            long cycle = day.toEpochDay() + offset;
            boolean active = switch (profile) {
                case REGULAR -> cycle % 12 != 0;
                case IRREGULAR -> cycle % 3 == 0;
                case NEVER -> false;
            };
            if (active) {
                int hash = Math.floorMod(Objects.hash(mailbox, day.toEpochDay()) * 0x9E3779B1, 1 << 20);
                days.add(new ActiveDay(day, LocalTime.of(7, 30).plusMinutes(hash % 180), (hash >> 8) % 3 != 0));
            }
        }
        return days;
    }
}
