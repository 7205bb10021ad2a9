package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutgoingDocumentTest {

    private static final AgencyCode SOTTTT = AgencyCode.parse("000.00.11.H29");
    private static final AgencyCode QUAN1 = AgencyCode.parse("000.00.31.H29");
    private static final Instant NOON = Instant.parse("2026-11-29T05:00:00Z");

    private static OutgoingDraft draft(Secrecy secrecy, boolean paperOnly, List<Recipient> recipients) {
        return new OutgoingDraft(DocumentType.OFFICIAL_LETTER, "Về việc triển khai thư điện tử công vụ", "STTTT-VP",
                "KT.", "Phó Giám đốc", "Phạm Minh Nam", "TP. Hồ Chí Minh", Priority.URGENT, SteeringType.NOT_STEERING,
                null, secrecy, paperOnly, recipients);
    }

    private static OutgoingDocument ordinary() {
        return new OutgoingDocument(SOTTTT, draft(Secrecy.THUONG, false, List.of(new Recipient(QUAN1, true))), "vanthu.sotttt", NOON);
    }

    @Test
    void aNewDocumentIsADraftWithoutANumber() {
        OutgoingDocument document = ordinary();
        assertEquals(OutgoingStatus.DRAFT, document.status());
        assertEquals(true, document.number().isEmpty());
    }

    @Test
    void issuingGivesTheNumberWithTheNotationOnce() {
        OutgoingDocument document = ordinary();
        RegisterKey key = document.registerKey(NOON);
        document.issue(key, 15, "vanthu.sotttt", NOON);
        assertEquals("15/STTTT-VP", document.number().orElseThrow().format());
        assertEquals(OutgoingStatus.ISSUED, document.status());
        assertThrows(DocumentStateException.class, () -> document.issue(key, 16, "vanthu.sotttt", NOON));
    }

    @Test
    void classifiedDocumentsAreNumberedInTheirOwnSeriesAndOrdinaryOnesInTheNormalOne() {
        OutgoingDocument secret = new OutgoingDocument(SOTTTT, draft(Secrecy.TOI_MAT, false, List.of(new Recipient(QUAN1, true))), "x", NOON);
        OutgoingDocument paper = new OutgoingDocument(SOTTTT, draft(Secrecy.THUONG, true, List.of(new Recipient(QUAN1, true))), "x", NOON);
        assertEquals(RegisterSeries.SECRET, secret.registerKey(NOON).series());
        assertEquals(CarveOut.CLASSIFIED, secret.carveOut().orElseThrow());
        assertEquals(RegisterSeries.NORMAL, paper.registerKey(NOON).series());
        assertEquals(CarveOut.PAPER_ONLY, paper.carveOut().orElseThrow());
        assertEquals(RegisterSeries.NORMAL, ordinary().registerKey(NOON).series());
    }

    /** The rule on the entity itself, not only the helper: an issued carved-out document stays unsent. */
    @Test
    void anIssuedClassifiedOrPaperOnlyDocumentIsNeverSentElectronically() {
        OutgoingDocument secret = new OutgoingDocument(SOTTTT, draft(Secrecy.MAT, false, List.of(new Recipient(QUAN1, true))), "x", NOON);
        OutgoingDocument paper = new OutgoingDocument(SOTTTT, draft(Secrecy.THUONG, true, List.of(new Recipient(QUAN1, true))), "x", NOON);
        for (OutgoingDocument document : List.of(secret, paper)) {
            document.issue(document.registerKey(NOON), 7, "x", NOON);
            CarvedOutException refused = assertThrows(CarvedOutException.class, document::send);
            assertEquals(document.carveOut().orElseThrow(), refused.reason());
            assertEquals(OutgoingStatus.ISSUED, document.status(), "left to the paper dispatch");
        }
        OutgoingDocument electronic = ordinary();
        electronic.issue(electronic.registerKey(NOON), 8, "x", NOON);
        electronic.send();
        assertEquals(OutgoingStatus.SENT, electronic.status());
    }

    @Test
    void theRegisterYearIsVietnamsSoNumbersRestartAtLocalMidnightOnNewYear() {
        Instant newYearInHanoi = Instant.parse("2026-12-31T17:30:00Z");
        assertEquals(2027, ordinary().registerKey(newYearInHanoi).year());
        assertEquals(2026, ordinary().registerKey(Instant.parse("2026-12-31T16:59:59Z")).year());
    }

    @Test
    void aDraftNeedsAMainRecipientThatIsNotTheSender() {
        assertThrows(InvalidInputException.class, () -> new OutgoingDocument(SOTTTT, draft(Secrecy.THUONG, false, List.of()), "x", NOON));
        assertThrows(InvalidInputException.class, () -> new OutgoingDocument(SOTTTT,
                draft(Secrecy.THUONG, false, List.of(new Recipient(QUAN1, false))), "x", NOON));
        InvalidInputException self = assertThrows(InvalidInputException.class, () -> new OutgoingDocument(SOTTTT,
                draft(Secrecy.THUONG, false, List.of(new Recipient(SOTTTT, true))), "x", NOON));
        assertEquals("document.recipients.self", self.messageKey());
        assertThrows(InvalidInputException.class, () -> new OutgoingDocument(SOTTTT,
                draft(Secrecy.THUONG, false, List.of(new Recipient(QUAN1, true), new Recipient(QUAN1, false))), "x", NOON));
    }

    @Test
    void missingMetadataIsNamed() {
        OutgoingDraft noSubject = new OutgoingDraft(DocumentType.REPORT, " ", "STTTT-VP", null, "Giám đốc", "A", "TP. HCM",
                null, null, null, null, false, List.of(new Recipient(QUAN1, true)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new OutgoingDocument(SOTTTT, noSubject, "x", NOON));
        assertEquals("subject", e.arguments()[0]);
    }
}
