package vn.lienthong.exchange.edxml;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.BusinessDocType;
import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.DocumentNumber;
import vn.lienthong.exchange.DocumentType;
import vn.lienthong.exchange.Priority;
import vn.lienthong.exchange.SteeringType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdxmlReaderTest {

    @Test
    void newDocumentFromTayNinhImportsWithItsDayFirstDate() {
        EdxmlPackage p = Fixtures.readPackage("edoc_new.edxml");
        MessageHeader h = p.header();
        assertEquals(AgencyCode.parse("000.00.11.H53"), h.from().organId());
        assertEquals("Sở Tính", h.from().organName());
        assertNull(h.from().organAdd(), "empty elements read as absent");
        assertEquals(List.of(AgencyCode.parse("000.00.01.A53")), h.to().stream().map(Organization::organId).toList());
        assertEquals("000.00.11.H53,2020/10/30,2491/STC-BCTC", h.documentId());
        assertEquals(DocumentNumber.parse("2491/STC-BCTC"), h.code());
        assertEquals(LocalDate.of(2020, 10, 30), h.promulgation().date());
        assertEquals("Tây Ninh", h.promulgation().place());
        assertEquals(DocumentType.OFFICIAL_LETTER, h.documentType().kind());
        assertEquals("Báo cáo tài chính tỉnh", h.subject());
        assertNull(h.signer().fullName());
        assertNull(h.dueDate());
        assertEquals(Priority.NORMAL, h.otherInfo().priority());
        assertEquals(22, h.otherInfo().pageAmount());
        assertEquals(List.of(), h.otherInfo().appendixes());
        assertEquals(SteeringType.NOT_STEERING, h.steeringType());
        assertEquals(List.of("Cac bo va co quan ngang bo", "Uy ban nhan dan cac tinh, TP"), h.toPlaces());
        assertEquals(BusinessDocType.NEW, p.business().type());
        assertEquals("Nguyễn Thị Ngọc Trâm", p.business().staff().staff());
        assertEquals(List.of(new TraceHeader(AgencyCode.parse("000.00.00.G22"),
                LocalDateTime.of(2018, 9, 28, 0, 0))), p.traces());
    }

    @Test
    void attachmentIsDecodedAndItsLyingContentTypeKeptAsDeclared() throws Exception {
        EdxmlAttachment a = Fixtures.readPackage("edoc_new.edxml").attachments().get(0);
        assertEquals("cid:209", a.contentId());
        assertEquals("1896_QD-TTg_m_294779.doc", a.name());
        assertEquals("application/zip", a.declaredContentType());
        byte[] bytes = a.content();
        assertEquals(270_823, bytes.length);
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Arrays.copyOf(bytes, 4), "a zip, whatever the name says");
        // Digest taken with base64 -d and sha256sum outside Java.
        assertEquals("7ab7c43a02a3cf2cedd14ebf2545a37e7a1307e0091b4ba94c2ef1e842a763aa", sha256(bytes));
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void updateFromTheGovernmentOfficeImportsWithItsRecipientsAndYearFirstDate() throws Exception {
        EdxmlPackage p = Fixtures.readPackage("edoc_update.edxml");
        MessageHeader h = p.header();
        assertEquals(AgencyCode.parse("000.00.00.G22"), h.from().organId());
        assertEquals("Văn phòng Chính phủ", h.from().organName());
        assertEquals(List.of("000.00.00.H53", "000.00.12.H53", "000.00.00.G17"),
                h.to().stream().map(o -> o.organId().value()).toList());
        assertEquals("UBND Tỉnh Cao Bằng", h.to().get(1).organName());
        assertEquals(new DocumentNumber(7816, "VPCP-TTĐT"), h.code());
        assertEquals(LocalDate.of(2018, 9, 28), h.promulgation().date());
        assertEquals(LocalDate.of(2018, 9, 28), h.dueDate());
        assertEquals("V/v kết nối, liên thông phần mềm quản lý văn bản", h.subject());
        assertEquals("TL. BO TRUONG", h.signer().competence());
        assertEquals("Nguyen Thanh Phuc", h.signer().fullName());
        assertEquals(List.of("Công văn về việc kết nối, liên thông phần mềm quản lý văn bản"), h.otherInfo().appendixes());
        assertEquals(2, h.toPlaces().size());

        Business b = p.business();
        assertEquals(BusinessDocType.UPDATE, b.type());
        assertEquals("000.00.00.G22,2014/02/30,7806/VPCP-TTĐT", b.documentId(), "kept as written, impossible date and all");
        assertTrue(b.infoChanged());
        assertTrue(b.receiversChanged());
        assertFalse(b.paper());
        assertEquals(List.of(new ReceiverChange(AgencyCode.parse("000.00.00.H41"), false),
                new ReceiverChange(AgencyCode.parse("000.00.00.H14"), true)), b.receivers());
        assertEquals(1, p.attachments().size());
        assertEquals("51653b9613f7f0275b43f80704033299740c702f354f44a06f55770cfbb0b135",
                sha256(p.attachments().get(0).content()));
    }

    @Test
    void statusMessageFromNgheAnSaysBeingHandled() {
        StatusMessage s = (StatusMessage) new EdxmlReader().read(Fixtures.edxml("status_processing_05.edxml"));
        assertEquals(DeliveryStatus.IN_PROGRESS, s.status());
        assertEquals(AgencyCode.parse("000.00.00.H41"), s.from().organId());
        assertEquals("UBND Tỉnh Nghệ An", s.from().organName());
        assertEquals(AgencyCode.parse("000.00.00.G22"), s.responseFor().organId());
        assertEquals(DocumentNumber.parse("7816/VPCP-TTĐT"), s.responseFor().code());
        assertEquals(LocalDate.of(2015, 9, 30), s.responseFor().promulgationDate());
        assertEquals("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT", s.responseFor().documentId());
        assertEquals("Nguyen thi ngoc tram", s.staff().staff());
        assertEquals("Đang xử lý văn bản đến", s.description());
        assertEquals(LocalDateTime.of(2015, 9, 20, 11, 8, 36), s.timestamp());
    }

    @Test
    void aByteOrderMarkOrAnotherDeclaredEncodingIsHonoured() {
        String status = new String(Fixtures.edxml("status_processing_05.edxml"), StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + status).getBytes(StandardCharsets.UTF_8);
        assertEquals(DeliveryStatus.IN_PROGRESS, ((StatusMessage) new EdxmlReader().read(bom)).status());
        byte[] utf16 = status.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16);
        assertEquals("UBND Tỉnh Nghệ An", ((StatusMessage) new EdxmlReader().read(utf16)).from().organName());
    }
}
