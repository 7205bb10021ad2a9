package vn.lienthong.adoption;

import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Messages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Locale;

/**
 * Sử dụng thường xuyên: when a leader counts as a regular user of official email in a month. Auditors set the
 * threshold; every report states the policy it used ({@link #describe(Locale)}).
 *
 * @param thresholdPercent the share of the month's working days on which the leader must be active, 1–100
 */
public record RegularUsePolicy(int thresholdPercent) {

    /** The plan's default: active on at least 80% of the month's working days. */
    public static final RegularUsePolicy DEFAULT = new RegularUsePolicy(80);

    public RegularUsePolicy {
        if (thresholdPercent < 1 || thresholdPercent > 100) {
            throw new InvalidInputException("adoption.policy.threshold.invalid", thresholdPercent);
        }
    }

    /** The fewest active days that make a regular user, in a month with this many working days. */
    public int requiredActiveDays(int workingDays) {
        return (workingDays * thresholdPercent + 99) / 100; // ceiling, in integers so 80% of 20 is exactly 16
    }

    /** @param activeWorkingDays active days that were working days; a weekend's activity is welcome but not owed */
    public boolean isRegular(int activeWorkingDays, int workingDays) {
        return workingDays > 0 && activeWorkingDays >= requiredActiveDays(workingDays);
    }

    /** Whether someone active on these days (any dates; only the month's working days count) was a regular user. */
    public boolean isRegularIn(YearMonth month, Collection<LocalDate> activeDays, WorkingCalendar calendar) {
        int active = (int) activeDays.stream().distinct()
                .filter(day -> YearMonth.from(day).equals(month) && calendar.isWorkingDay(day))
                .count();
        return isRegular(active, calendar.workingDays(month));
    }

    /** The policy in words, Vietnamese unless English is asked for. */
    public String describe(Locale locale) {
        return Messages.format(locale, "adoption.policy.description", thresholdPercent);
    }
}
