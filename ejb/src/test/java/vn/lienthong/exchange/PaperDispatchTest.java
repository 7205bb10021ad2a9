package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PaperDispatchTest {

    private static final AgencyCode SOTTTT = AgencyCode.parse("000.00.11.H29");
    private static final AgencyCode QUAN1 = AgencyCode.parse("000.00.31.H29");
    private static final Instant NOON = Instant.parse("2026-11-27T05:00:00Z");
    private static final LocalDate ISSUED_ON = LocalDate.of(2026, 11, 27);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static OutgoingDocument document(Secrecy secrecy, boolean paperOnly) {
        OutgoingDraft draft = new OutgoingDraft(DocumentType.PLAN, "Kế hoạch bảo vệ bí mật nhà nước", "STTTT-VP", null,
                "Giám đốc", "Dương Thu Trang", "TP. Hồ Chí Minh", Priority.NORMAL, SteeringType.NOT_STEERING, null,
                secrecy, paperOnly, List.of(new Recipient(QUAN1, true)));
        return Ids.withId(new OutgoingDocument(SOTTTT, draft, "vanthu.sotttt", NOON), 7);
    }

    private static OutgoingDocument issued(Secrecy secrecy, boolean paperOnly) {
        OutgoingDocument document = document(secrecy, paperOnly);
        document.issue(document.registerKey(NOON), 3, "vanthu.sotttt", NOON);
        return document;
    }

    private static NewPaperDispatch request(LocalDate on, Integer copies) {
        return new NewPaperDispatch(7, on, CarriageMethod.LIAISON, copies, List.of(QUAN1), List.of(), null);
    }

    private static PaperDispatch dispatch(OutgoingDocument document, NewPaperDispatch request, List<PaperRecipient> to) {
        CarveOut reason = document.dispatchOnPaper();
        return new PaperDispatch(document, reason, request, to, ISSUED_ON, TODAY, "vanthu.sotttt", NOON);
    }

    @Test
    void anOrdinaryDocumentIsNeverRecordedAsAPaperDispatch() {
        OutgoingDocument ordinary = issued(Secrecy.THUONG, false);
        DocumentStateException refused = assertThrows(DocumentStateException.class, ordinary::dispatchOnPaper);
        assertEquals("paperDispatch.notCarvedOut", refused.messageKey());
        assertEquals(OutgoingStatus.ISSUED, ordinary.status());
    }

    @Test
    void aClassifiedDocumentIsDispatchedOnPaperOnceNumberedInTheSecretSeriesAndNeverSent() {
        OutgoingDocument draft = document(Secrecy.TOI_MAT, false);
        assertEquals("document.notIssued", assertThrows(DocumentStateException.class, draft::dispatchOnPaper).messageKey());

        OutgoingDocument secret = issued(Secrecy.TOI_MAT, false);
        assertEquals(RegisterSeries.SECRET, secret.registerSeries().orElseThrow());
        PaperDispatch dispatch = dispatch(secret, request(TODAY, 2), List.of(PaperRecipient.agency(QUAN1),
                PaperRecipient.external("Bộ Công an")));
        assertEquals(CarveOut.CLASSIFIED, dispatch.carveOut());
        assertEquals(OutgoingStatus.PAPER_DISPATCHED, secret.status());
        assertEquals(2, dispatch.recipients().size());
        assertEquals("paperDispatch.already", assertThrows(DocumentStateException.class, secret::dispatchOnPaper).messageKey());
        assertEquals(CarveOut.CLASSIFIED, assertThrows(CarvedOutException.class, secret::send).reason());
    }

    @Test
    void aPaperOnlyDocumentIsDispatchedFromTheNormalSeries() {
        OutgoingDocument paper = issued(Secrecy.THUONG, true);
        assertEquals(RegisterSeries.NORMAL, paper.registerSeries().orElseThrow());
        PaperDispatch dispatch = dispatch(paper, request(ISSUED_ON, null), List.of(PaperRecipient.agency(QUAN1)));
        assertEquals(CarveOut.PAPER_ONLY, dispatch.carveOut());
        assertEquals(1, dispatch.copies(), "copies default to one per recipient");
    }

    @Test
    void theDispatchDateIsNeitherInTheFutureNorBeforeTheIssue() {
        List<PaperRecipient> to = List.of(PaperRecipient.agency(QUAN1));
        assertEquals("paperDispatch.date.future", assertThrows(InvalidInputException.class,
                () -> dispatch(issued(Secrecy.MAT, false), request(TODAY.plusDays(1), 1), to)).messageKey());
        assertEquals("paperDispatch.date.beforeIssue", assertThrows(InvalidInputException.class,
                () -> dispatch(issued(Secrecy.MAT, false), request(ISSUED_ON.minusDays(1), 1), to)).messageKey());
    }

    @Test
    void recipientsAreRequiredDistinctAndNotTheSenderAndCopiesAreCounted() {
        assertEquals("document.recipients.required", assertThrows(InvalidInputException.class,
                () -> dispatch(issued(Secrecy.MAT, false), request(TODAY, 1), List.of())).messageKey());
        assertEquals("document.recipients.duplicate", assertThrows(InvalidInputException.class,
                () -> dispatch(issued(Secrecy.MAT, false), request(TODAY, 1), List.of(PaperRecipient.external("Tòa án nhân dân"),
                        PaperRecipient.external("TÒA ÁN NHÂN DÂN")))).messageKey());
        assertEquals("document.recipients.self", assertThrows(InvalidInputException.class,
                () -> dispatch(issued(Secrecy.MAT, false), request(TODAY, 1), List.of(PaperRecipient.agency(SOTTTT)))).messageKey());
        assertEquals("paperDispatch.copies.invalid", assertThrows(InvalidInputException.class,
                () -> dispatch(issued(Secrecy.MAT, false), request(TODAY, 0), List.of(PaperRecipient.agency(QUAN1)))).messageKey());
        assertThrows(InvalidInputException.class, () -> PaperRecipient.external("  "));
    }
}
