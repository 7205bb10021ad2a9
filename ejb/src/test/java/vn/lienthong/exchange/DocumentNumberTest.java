package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.platform.InvalidInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentNumberTest {

    @Test
    void numberAndNotationAreReadFromTheirWrittenForm() {
        DocumentNumber n = DocumentNumber.parse("2491/STC-BCTC");
        assertEquals(2491, n.number());
        assertEquals("STC-BCTC", n.notation());
        assertEquals("2491/STC-BCTC", n.format());
        assertEquals(new DocumentNumber(15, "STTTT-VP"), DocumentNumber.parse(" 15 / STTTT-VP "));
    }

    @Test
    void numbersBelowTenTakeALeadingZero() {
        assertEquals("01/QĐ-UBND", new DocumentNumber(1, "QĐ-UBND").format());
        assertEquals(new DocumentNumber(7, "QĐ-UBND"), DocumentNumber.parse("07/QĐ-UBND"));
    }

    @Test
    void notationsKeepVietnameseLettersAndTheYearOfLegalDocuments() {
        assertEquals("VPCP-TTĐT", DocumentNumber.parse("7816/VPCP-TTĐT").notation());
        assertEquals("2020/NĐ-CP", DocumentNumber.parse("30/2020/NĐ-CP").notation());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2491", "/STC", "0/STC-BCTC", "-3/STC", "abc/STC", "12/", "12/STC BCTC", "12/<script>"})
    void malformedNumbersAreRefused(String text) {
        assertThrows(InvalidInputException.class, () -> DocumentNumber.parse(text));
    }
}
