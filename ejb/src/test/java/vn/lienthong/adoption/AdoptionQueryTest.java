package vn.lienthong.adoption;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidInputException;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AdoptionQueryTest {

    @Test
    void monthsAreReadAsMachinesAndVietnameseUsersWriteThem() {
        assertEquals(YearMonth.of(2026, 11), AdoptionQuery.parseMonth("2026-11"));
        assertEquals(YearMonth.of(2026, 11), AdoptionQuery.parseMonth("11/2026"));
        assertEquals(YearMonth.of(2026, 3), AdoptionQuery.parseMonth(" 03/2026 "));
        assertEquals(YearMonth.of(2026, 3), AdoptionQuery.parseMonth("3/2026"));
        assertNull(AdoptionQuery.parseMonth("  "));
    }

    @Test
    void anythingElseIsRefusedWithTheTypedText() {
        for (String typed : new String[]{"tháng 11", "13/2026", "2026/11", "11-2026", "2026-13"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> AdoptionQuery.parseMonth(typed));
            assertEquals("adoption.import.month.invalid", e.messageKey(), typed);
            assertEquals(typed, e.arguments()[0]);
        }
    }
}
