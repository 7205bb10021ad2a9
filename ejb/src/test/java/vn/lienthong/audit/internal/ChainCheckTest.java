package vn.lienthong.audit.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditEntry;
import vn.lienthong.audit.AuditOutcome;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainCheckTest {

    private List<AuditEntry> chain;

    @BeforeEach
    void aChainOfFive() {
        chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (int i = 1; i <= 5; i++) {
            AuditEntry entry = new AuditEntry(Instant.parse("2026-11-29T08:00:00Z").plusSeconds(i), "vanthu.sotttt",
                    "000.00.11.H29", AuditAction.DOCUMENT_SENT, "document:" + i, AuditOutcome.SUCCESS, "gửi " + i);
            String hash = ChainCheck.hashOf(entry, i, previous);
            entry.chain(i, previous, hash);
            previous = hash;
            chain.add(entry);
        }
    }

    private ChainCheck walk(List<AuditEntry> entries) {
        ChainCheck check = new ChainCheck();
        for (AuditEntry entry : entries) {
            if (!check.accept(entry)) {
                break;
            }
        }
        return check;
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainCheck check = walk(chain);
        assertTrue(check.intact());
        assertEquals(5, check.checked());
        assertNull(check.brokenAt());
    }

    @Test
    void aChangedEntryIsFound() throws Exception {
        Field detail = AuditEntry.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(chain.get(2), "sửa lại");
        ChainCheck check = walk(chain);
        assertFalse(check.intact());
        assertEquals(3L, check.brokenAt());
        assertEquals("content", check.reason());
    }

    @Test
    void aDeletedEntryIsFound() {
        chain.remove(1);
        ChainCheck check = walk(chain);
        assertEquals(2L, check.brokenAt());
        assertEquals("missing", check.reason());
    }

    @Test
    void deletingTheLastEntriesAndRenumberingStillBreaksTheLinks() throws Exception {
        AuditEntry removed = chain.remove(2);
        Field sequence = AuditEntry.class.getDeclaredField("chainSequence");
        sequence.setAccessible(true);
        for (int i = 2; i < chain.size(); i++) {
            sequence.set(chain.get(i), (long) i + 1);
        }
        ChainCheck check = walk(chain);
        assertFalse(check.intact(), "renumbering cannot hide " + removed.subject());
        assertEquals("link", check.reason());
    }

    @Test
    void anEntryIsChainedOnlyOnce() {
        assertThrows(IllegalStateException.class, () -> chain.get(0).chain(9, "x", "y"));
    }

    @Test
    void fieldsCannotTradeTextWithoutChangingTheHash() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        String a = ChainHash.of(ChainHash.GENESIS, 1, 1, at, "ab", "c", "X", "s", "o", null);
        String b = ChainHash.of(ChainHash.GENESIS, 1, 1, at, "a", "bc", "X", "s", "o", null);
        assertNotEquals(a, b);
        assertNotEquals(ChainHash.of(ChainHash.GENESIS, 1, 1, at, "a", null, "X", "s", "o", null),
                ChainHash.of(ChainHash.GENESIS, 1, 1, at, "a", "", "X", "s", "o", null));
    }
}
