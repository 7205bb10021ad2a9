package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.content.Extraction;
import vn.lienthong.content.FileKind;
import vn.lienthong.content.Outcome;
import vn.lienthong.content.SecrecyStamp;
import vn.lienthong.content.TrueType;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Holding a document for a stamp, and the two ways out: release and re-mark. */
class HeldDocumentTest {

    private static final AgencyCode SOTTTT = AgencyCode.parse("000.00.11.H29");
    private static final AgencyCode QUAN1 = AgencyCode.parse("000.00.31.H29");
    private static final Instant NOON = Instant.parse("2026-11-29T05:00:00Z");

    private static OutgoingDocument draft() {
        return new OutgoingDocument(SOTTTT, new OutgoingDraft(DocumentType.REPORT, "Báo cáo an ninh", "STTTT-VP", null,
                "Giám đốc", "Dương Thu Trang", "TP. Hồ Chí Minh", null, null, null, Secrecy.THUONG, false,
                List.of(new Recipient(QUAN1, true))), "vanthu.sotttt", NOON);
    }

    private static DocumentFile file(Optional<SecrecyStamp> stamp) {
        return new DocumentFile(1, FileRole.MAIN, "bao-cao.pdf", "ab".repeat(32), 10,
                new TrueType("application/pdf", FileKind.PDF),
                new Extraction(Outcome.OK, Optional.empty(), "MẬT\nBáo cáo về Mật độ dân cư", Optional.empty(), ""),
                stamp, "vanthu.sotttt", NOON);
    }

    @Test
    void aHeldDocumentIsNeitherIssuedNorSentNorGivenFiles() {
        OutgoingDocument document = draft();
        document.hold();
        assertEquals(OutgoingStatus.HELD, document.status());
        RegisterKey key = document.registerKey(NOON);
        assertEquals("hold.held", assertThrows(DocumentStateException.class,
                () -> document.issue(key, 1, "x", NOON)).messageKey());
        assertEquals("hold.held", assertThrows(DocumentStateException.class, document::send).messageKey());
        assertEquals("hold.held", assertThrows(DocumentStateException.class, document::requireEditableFiles).messageKey());
    }

    @Test
    void releasedItGoesOnAsADraft() {
        OutgoingDocument document = draft();
        assertThrows(DocumentStateException.class, document::release, "only a held document is released");
        document.hold();
        document.release();
        assertEquals(OutgoingStatus.DRAFT, document.status());
        document.issue(document.registerKey(NOON), 7, "vanthu.sotttt", NOON);
        assertEquals(OutgoingStatus.ISSUED, document.status());
    }

    @Test
    void reMarkedItBecomesAClassifiedDraftInTheSecretSeries() {
        OutgoingDocument document = draft();
        document.hold();
        assertThrows(InvalidInputException.class, () -> document.remark(Secrecy.THUONG));
        assertThrows(InvalidInputException.class, () -> document.remark(null));
        document.remark(Secrecy.TOI_MAT);
        assertEquals(Secrecy.TOI_MAT, document.secrecy());
        assertEquals(OutgoingStatus.DRAFT, document.status());
        assertEquals(CarveOut.CLASSIFIED, document.carveOut().orElseThrow());
        assertEquals(RegisterSeries.SECRET, document.registerKey(NOON).series());
        assertThrows(CarvedOutException.class, document::requireEditableFiles);
    }

    @Test
    void aFileWithAStampHoldsUntilReleasedAndItsTextIsKeptFolded() {
        DocumentFile stamped = file(Optional.of(new SecrecyStamp(Secrecy.MAT, "MẬT", 1, 0)));
        HoldReason reason = stamped.hold().orElseThrow();
        assertEquals(Secrecy.MAT, reason.grade());
        assertEquals("MẬT", reason.matched());
        assertEquals(1, reason.line());
        stamped.releaseStamp();
        assertTrue(stamped.hold().isEmpty());
        assertTrue(file(Optional.empty()).hold().isEmpty());
    }

    @Test
    void anImportedDocumentIsItsSendersAndAlreadySent() {
        OutgoingDraft draft = new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "Báo cáo tài chính tỉnh", "STC-BCTC", null,
                null, null, "Tây Ninh", null, null, null, Secrecy.THUONG, false, List.of(new Recipient(QUAN1, true)));
        OutgoingDocument imported = OutgoingDocument.imported(SOTTTT, "000.00.11.H29,2020/10/30,2491/STC-BCTC",
                new DocumentNumber(2491, "STC-BCTC"), java.time.LocalDate.of(2020, 10, 30), NOON, draft, "vanthu", NOON);
        assertTrue(imported.isImported());
        assertEquals(OutgoingStatus.SENT, imported.status());
        assertEquals("2491/STC-BCTC", imported.number().orElseThrow().format());
        assertEquals("", imported.signerName());
        assertTrue(imported.registerSeries().isEmpty(), "outside the sender's registers");
        assertThrows(DocumentStateException.class, imported::requireEditableFiles);
    }
}
