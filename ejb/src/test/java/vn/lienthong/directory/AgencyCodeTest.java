package vn.lienthong.directory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.platform.InvalidInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AgencyCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.H29", "000.00.00.G22", "000.00.11.H53", "000.00.01.A53"})
    void realCodesParse(String text) {
        assertEquals(text, AgencyCode.parse(text).value());
    }

    @Test
    void surroundingBlanksAreForgiven() {
        assertEquals("000.00.00.H29", AgencyCode.parse("  000.00.00.H29\t").value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"000.00.00.h29", "00.00.00.H29", "000-00-00-H29", "000.00.00.H2", "000.00.00.H299",
            "000.00.00.29H", "X00.00.00.H29", "000.00.00.H29;DROP"})
    void malformedCodesAreRefusedWithTheirOwnMessage(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AgencyCode.parse(text));
        assertEquals("agency.code.invalid", e.messageKey());
    }
}
