package vn.lienthong.exchange.internal;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.CarriageMethod;
import vn.lienthong.exchange.Delivery;
import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.DocumentType;
import vn.lienthong.exchange.Ids;
import vn.lienthong.exchange.IncomingDocument;
import vn.lienthong.exchange.NewPaperDispatch;
import vn.lienthong.exchange.OutgoingDocument;
import vn.lienthong.exchange.OutgoingDraft;
import vn.lienthong.exchange.PaperDispatch;
import vn.lienthong.exchange.PaperRecipient;
import vn.lienthong.exchange.Priority;
import vn.lienthong.exchange.Recipient;
import vn.lienthong.exchange.RegisterKey;
import vn.lienthong.exchange.RegisterKind;
import vn.lienthong.exchange.RegisterSeries;
import vn.lienthong.exchange.RegisterSheet;
import vn.lienthong.exchange.Secrecy;
import vn.lienthong.exchange.SteeringType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegisterRowsTest {

    private static final AgencyCode SOTTTT = AgencyCode.parse("000.00.11.H29");
    private static final AgencyCode QUAN1 = AgencyCode.parse("000.00.31.H29");
    private static final AgencyCode QUAN3 = AgencyCode.parse("000.00.33.H29");
    /** 23:30 on 27 November in UTC is already the 28th in Vietnam: the register shows Vietnamese dates. */
    private static final Instant LATE = Instant.parse("2026-11-27T23:30:00Z");

    private final RegisterRows rows = new RegisterRows(
            Map.of(SOTTTT.value(), "Sở Thông tin và Truyền thông", QUAN1.value(), "Ủy ban nhân dân Quận 1",
                    QUAN3.value(), "Ủy ban nhân dân Quận 3"),
            Map.of("vanthu.sotttt", "Nguyễn Thị Văn Thư", "vanthu.quan1", "Trần Văn Quận"));

    private static OutgoingDocument issued(Secrecy secrecy, boolean paperOnly, Priority priority) {
        OutgoingDocument document = new OutgoingDocument(SOTTTT, new OutgoingDraft(DocumentType.REPORT,
                "Cải cách hành chính năm 2026", "STTTT-VP", "KT.", "Phó Giám đốc", "Phạm Minh Nam", "TP. Hồ Chí Minh",
                priority, SteeringType.NOT_STEERING, null, secrecy, paperOnly,
                List.of(new Recipient(QUAN1, true), new Recipient(QUAN3, true))), "vanthu.sotttt", LATE);
        document.issue(document.registerKey(LATE), 12, "vanthu.sotttt", LATE);
        Ids.withId(document, 5);
        return document;
    }

    private static Delivery delivery(AgencyCode recipient, DeliveryStatus... moves) {
        Delivery delivery = Ids.withId(new Delivery(5, SOTTTT, recipient, LATE), recipient.hashCode());
        delivery.arrive(LATE);
        for (DeliveryStatus next : moves) {
            delivery.moveTo(next, LATE);
        }
        return delivery;
    }

    @Test
    void anElectronicDocumentShowsItsRecipientsAndTheirReceipts() {
        List<String> row = rows.outgoing(issued(Secrecy.THUONG, false, Priority.URGENT), null,
                List.of(delivery(QUAN1, DeliveryStatus.ACCEPTED), delivery(QUAN3, DeliveryStatus.RETURNED)));
        assertEquals(RegisterSheet.OUTGOING_COLUMNS.size(), row.size());
        assertEquals(List.of("12/STTTT-VP", "28/11/2026", "Báo cáo: Cải cách hành chính năm 2026",
                "KT. Phó Giám đốc Phạm Minh Nam", "Ủy ban nhân dân Quận 1; Ủy ban nhân dân Quận 3", "Nguyễn Thị Văn Thư",
                "2 (điện tử)", "28/11/2026", "Đã tiếp nhận: 1; Từ chối tiếp nhận: 1", Priority.URGENT.label()), row);
    }

    @Test
    void aPaperDispatchShowsItsOwnRecipientsCopiesDateAndCarveOut() {
        OutgoingDocument secret = issued(Secrecy.TUYET_MAT, false, Priority.NORMAL);
        PaperDispatch dispatch = new PaperDispatch(secret, secret.dispatchOnPaper(), new NewPaperDispatch(5,
                LocalDate.of(2026, 11, 29), CarriageMethod.LIAISON, 3, List.of(QUAN1), List.of("Bộ Công an"), "Bản số 1–3"),
                List.of(PaperRecipient.agency(QUAN1), PaperRecipient.external("Bộ Công an")), LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 11, 29), "vanthu.sotttt", LATE);
        List<String> row = rows.outgoing(secret, dispatch, List.of());
        assertEquals("Ủy ban nhân dân Quận 1; Bộ Công an", row.get(4));
        assertEquals("3", row.get(6));
        assertEquals("29/11/2026", row.get(7));
        assertEquals("", row.get(8), "the receipt is signed on paper");
        assertEquals("Văn bản mật (Tuyệt mật), chuyển bản giấy: Giao liên; Bản số 1–3", row.get(9));
    }

    @Test
    void anIncomingDocumentShowsItsArrivalNumberAuthorAndRecall() {
        OutgoingDocument original = issued(Secrecy.THUONG, false, Priority.NORMAL);
        Delivery delivery = delivery(QUAN1);
        IncomingDocument incoming = new IncomingDocument(delivery, LATE);
        incoming.accept(new RegisterKey(QUAN1, RegisterKind.INCOMING, RegisterSeries.NORMAL, 2026), 41, "vanthu.quan1", LATE);
        incoming.assignTo("vanthu.quan1", LATE);
        delivery.moveTo(DeliveryStatus.RECALL_REQUESTED, LATE);
        delivery.moveTo(DeliveryStatus.RECALL_AGREED, LATE);
        List<String> row = rows.incoming(incoming, original, LATE);
        assertEquals(List.of("28/11/2026", "41", "Sở Thông tin và Truyền thông", "12/STTTT-VP", "28/11/2026",
                "Báo cáo: Cải cách hành chính năm 2026", "Trần Văn Quận", "28/11/2026", "Đồng ý thu hồi",
                "Đã thu hồi theo yêu cầu của nơi gửi"), row);
    }
}
