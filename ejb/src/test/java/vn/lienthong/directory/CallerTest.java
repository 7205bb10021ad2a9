package vn.lienthong.directory;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.Role;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    private static final AgencyCode OWN = AgencyCode.parse("000.00.11.H29");
    private static final AgencyCode OTHER = AgencyCode.parse("000.00.31.H29");

    @Test
    void clerksAndLeadersSeeOnlyTheirOwnAgency() {
        for (Role role : new Role[]{Role.CLERK, Role.LEADER}) {
            Caller caller = new Caller("someone", role, OWN);
            assertTrue(caller.mayView(OWN));
            assertFalse(caller.mayView(OTHER));
            assertThrows(AccessDeniedException.class, () -> caller.requireMayView(OTHER));
        }
    }

    @Test
    void auditorsAndAdministratorsSeeEveryAgency() {
        for (Role role : new Role[]{Role.AUDITOR, Role.ADMIN}) {
            assertDoesNotThrow(() -> new Caller("someone", role, OWN).requireMayView(OTHER));
        }
    }
}
