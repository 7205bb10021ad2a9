package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CodesTest {

    @Test
    void edxmlCodesMapBothWays() {
        assertEquals(Priority.FLASH_SCHEDULED, Priority.fromCode(4));
        assertEquals("Hỏa tốc", Priority.FLASH.label());
        assertEquals(SteeringType.UNSPECIFIED, SteeringType.fromCode(0));
        assertEquals(SteeringType.STEERING_REPORT, SteeringType.fromCode(3));
        assertEquals(BusinessDocType.REVOKE, BusinessDocType.fromCode(1));
        assertEquals(3, BusinessDocType.REPLACE.code());
    }

    @Test
    void unknownCodesAreRefusedWithTheirOwnMessage() {
        assertEquals("document.priority.invalid",
                assertThrows(InvalidInputException.class, () -> Priority.fromCode(5)).messageKey());
        assertEquals("document.steeringType.invalid",
                assertThrows(InvalidInputException.class, () -> SteeringType.fromCode(-1)).messageKey());
        assertEquals("document.businessType.invalid",
                assertThrows(InvalidInputException.class, () -> BusinessDocType.fromCode(4)).messageKey());
    }
}
