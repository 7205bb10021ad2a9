package vn.lienthong.adoption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.platform.InvalidInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegularUsePolicyTest {

    private final WorkingCalendar vietnam = WorkingCalendar.vietnam();

    @Test
    void byDefaultEightyPercentOfWorkingDaysMakesARegularUser() {
        RegularUsePolicy policy = RegularUsePolicy.DEFAULT;

        assertEquals(80, policy.thresholdPercent());
        assertEquals(16, policy.requiredActiveDays(20));
        assertEquals(17, policy.requiredActiveDays(21)); // 16.8 rounds up: the share is a floor, never approximated
        assertTrue(policy.isRegular(16, 20));
        assertFalse(policy.isRegular(15, 20));
    }

    @Test
    void theThresholdIsTheAuditorsToSet() {
        RegularUsePolicy half = new RegularUsePolicy(50);

        assertTrue(half.isRegular(11, 21));
        assertFalse(half.isRegular(10, 21));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101})
    void aThresholdOutsideOneToHundredIsRefused(int percent) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new RegularUsePolicy(percent));
        assertEquals("adoption.policy.threshold.invalid", e.messageKey());
    }

    @Test
    void onlyTheMonthsWorkingDaysCount() {
        YearMonth tetMonth = YearMonth.of(2024, 2); // 16 working days; 80% needs 13
        List<LocalDate> active = new ArrayList<>();
        for (LocalDate day = tetMonth.atDay(1); !day.isAfter(tetMonth.atEndOfMonth()); day = day.plusDays(1)) {
            if (vietnam.isWorkingDay(day) && active.size() < 12) {
                active.add(day);
            }
        }
        active.add(LocalDate.of(2024, 2, 10)); // mùng 1 Tết: welcome, but not a working day
        active.add(LocalDate.of(2024, 3, 1));  // another month

        assertFalse(RegularUsePolicy.DEFAULT.isRegularIn(tetMonth, active, vietnam));

        active.add(LocalDate.of(2024, 2, 29));
        assertTrue(RegularUsePolicy.DEFAULT.isRegularIn(tetMonth, active, vietnam));
    }

    @Test
    void aMonthWithNoWorkingDaysMakesNobodyRegular() {
        assertFalse(RegularUsePolicy.DEFAULT.isRegular(0, 0));
    }

    @Test
    void thePolicyIsDescribedInVietnameseAndEnglish() {
        String vi = new RegularUsePolicy(75).describe(Locale.forLanguageTag("vi"));
        String en = new RegularUsePolicy(75).describe(Locale.ENGLISH);

        assertTrue(vi.contains("75%") && vi.contains("ngày làm việc"), vi);
        assertTrue(en.contains("75%") && en.contains("working days") && en.contains("month's"), en);
    }
}
