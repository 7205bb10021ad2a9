package vn.lienthong.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A dispatch of a classified document as recorded, with the database's id. */
    private static PaperDispatch recorded() {
        return Ids.withId(dispatch(issued(Secrecy.MAT, false), new NewPaperDispatch(7, ISSUED_ON, CarriageMethod.LIAISON,
                2, List.of(QUAN1), List.of(), "Giao tận tay"), List.of(PaperRecipient.agency(QUAN1))), 4);
    }

    private static DispatchAmendment amend(LocalDate on, CarriageMethod carriage, String note, String reason) {
        return new DispatchAmendment(on, carriage, null, null, null, note, reason);
    }

    @Test
    void aCorrectionChangesWhatWasWrittenDownKeepsWhatItWasAndIsCounted() {
        PaperDispatch dispatch = recorded();
        DispatchCorrection correction = dispatch.correct(amend(TODAY, CarriageMethod.BY_HAND, null, " Ghi nhầm ngày "),
                List.of(PaperRecipient.agency(QUAN1), PaperRecipient.external("Bộ Công an")), ISSUED_ON, TODAY,
                "vanthu.sotttt", NOON);
        assertEquals(TODAY, dispatch.dispatchedOn());
        assertEquals(CarriageMethod.BY_HAND, dispatch.carriage());
        assertEquals(2, dispatch.recipients().size());
        assertEquals("Giao tận tay", dispatch.note().orElseThrow(), "a field left out stays");
        assertEquals(1, dispatch.corrections());
        assertEquals(CarveOut.CLASSIFIED, dispatch.carveOut(), "the carve-out and its series never change");
        assertEquals("Ghi nhầm ngày", correction.reason());
        assertEquals(4, correction.dispatchId());
        assertEquals(List.of("DISPATCHED_ON: 2026-11-27 → 2026-11-29", "CARRIAGE: LIAISON → BY_HAND",
                "RECIPIENTS: 000.00.31.H29 → 000.00.31.H29; Bộ Công an"),
                correction.changes().stream().map(DispatchChange::toString).toList());

        DispatchCorrection removal = dispatch.correct(amend(null, null, " ", "Ghi chú sai"), null, ISSUED_ON, TODAY,
                "vanthu.sotttt", NOON);
        assertTrue(dispatch.note().isEmpty(), "a blank note removes it");
        assertEquals("Giao tận tay", removal.changes().get(0).before().orElseThrow());
        assertTrue(removal.changes().get(0).after().isEmpty());
        assertEquals(2, dispatch.corrections());
    }

    @Test
    void aCorrectionNeedsItsReasonAndChangesSomething() {
        PaperDispatch dispatch = recorded();
        assertEquals("paperDispatch.correction.reason.required", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(amend(TODAY, null, null, null), null, ISSUED_ON, TODAY, "vanthu.sotttt", NOON)).messageKey());
        assertEquals("paperDispatch.correction.reason.required", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(amend(TODAY, null, null, "   "), null, ISSUED_ON, TODAY, "vanthu.sotttt", NOON)).messageKey());
        assertEquals("paperDispatch.correction.reason.tooLong", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(amend(TODAY, null, null, "x".repeat(1001)), null, ISSUED_ON, TODAY, "vanthu.sotttt", NOON)).messageKey());
        assertEquals("paperDispatch.correction.nothing", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(amend(ISSUED_ON, CarriageMethod.LIAISON, "Giao tận tay", "Kiểm tra lại"),
                        List.of(PaperRecipient.agency(QUAN1)), ISSUED_ON, TODAY, "vanthu.sotttt", NOON)).messageKey());
        assertEquals(ISSUED_ON, dispatch.dispatchedOn());
        assertEquals(0, dispatch.corrections());
    }

    @Test
    void aCorrectionKeepsTheRulesOfTheRecord() {
        PaperDispatch dispatch = recorded();
        assertEquals("paperDispatch.date.future", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(amend(TODAY.plusDays(1), null, null, "Sửa ngày"), null, ISSUED_ON, TODAY, "v", NOON)).messageKey());
        assertEquals("paperDispatch.date.beforeIssue", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(amend(ISSUED_ON.minusDays(1), null, null, "Sửa ngày"), null, ISSUED_ON, TODAY, "v", NOON)).messageKey());
        assertEquals("document.recipients.required", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(amend(null, null, null, "Sửa nơi nhận"), List.of(), ISSUED_ON, TODAY, "v", NOON)).messageKey());
        assertEquals("document.recipients.self", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(amend(null, null, null, "Sửa nơi nhận"), List.of(PaperRecipient.agency(SOTTTT)),
                        ISSUED_ON, TODAY, "v", NOON)).messageKey());
        assertEquals("document.recipients.duplicate", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(amend(null, null, null, "Sửa nơi nhận"), List.of(PaperRecipient.external("Bộ Công an"),
                        PaperRecipient.external("bo cong an")), ISSUED_ON, TODAY, "v", NOON)).messageKey());
        assertEquals("paperDispatch.copies.invalid", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(new DispatchAmendment(null, null, 0, null, null, null, "Sửa số bản"), null,
                        ISSUED_ON, TODAY, "v", NOON)).messageKey());
        assertEquals("paperDispatch.note.tooLong", assertThrows(InvalidInputException.class,
                () -> dispatch.correct(amend(null, null, "x".repeat(1001), "Sửa ghi chú"), null, ISSUED_ON, TODAY, "v", NOON)).messageKey());
        assertEquals(ISSUED_ON, dispatch.dispatchedOn(), "a refused correction leaves the record as it was");
        assertEquals(1, dispatch.recipients().size());
        assertEquals(0, dispatch.corrections());
    }
}
