package vn.lienthong.exchange.edxml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.BusinessDocType;
import vn.lienthong.exchange.DeliveryStatus;
import vn.lienthong.exchange.DocumentNumber;
import vn.lienthong.exchange.DocumentType;
import vn.lienthong.exchange.Priority;
import vn.lienthong.exchange.SteeringType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdxmlWriterTest {

    private static final AgencyCode STTTT = AgencyCode.parse("000.00.12.H29");
    private static final AgencyCode STC = AgencyCode.parse("000.00.11.H29");
    private static final AgencyCode UBND = AgencyCode.parse("000.00.00.H29");

    private final EdxmlWriter writer = new EdxmlWriter();
    private final EdxmlReader reader = new EdxmlReader();

    static EdxmlPackage outgoing() {
        byte[] everyByte = new byte[256 * 40];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        DocumentNumber code = new DocumentNumber(15, "STTTT-VP");
        LocalDate issued = LocalDate.of(2026, 1, 2);
        MessageHeader header = new MessageHeader(
                new Organization(STTTT, "UBND TP. Hồ Chí Minh", "Sở Thông tin và Truyền thông",
                        "59 Lý Tự Trọng, Quận 1", "stttt@tphcm.gov.vn", "028 3520 2727", null, "ict-hcm.gov.vn"),
                List.of(Organization.of(STC, "Sở Tài chính"), Organization.of(UBND, "UBND Thành phố")),
                EdxmlPackage.documentId(STTTT, issued, code), code,
                new PromulgationInfo("TP. Hồ Chí Minh", issued), EdxmlDocumentType.of(DocumentType.PLAN),
                "Kế hoạch cải cách hành chính năm 2026 & <ứng dụng> CNTT", "Nội dung \"trích yếu\" đầy đủ",
                new SignerInfo("KT. GIÁM ĐỐC", "Phó Giám đốc", "Nguyễn Văn A"), LocalDate.of(2026, 1, 31),
                new OtherInfo(Priority.FLASH, "Liên thông văn bản", "VP", 3, 12, true,
                        List.of("Phụ lục I", "Phụ lục II")),
                SteeringType.STEERING, List.of("Lưu: VT, VP"),
                new ResponseFor(UBND, DocumentNumber.parse("2491/UBND-KT"), LocalDate.of(2025, 12, 30),
                        "000.00.00.H29,2025/12/30,2491/UBND-KT"));
        Business business = new Business(BusinessDocType.UPDATE, "Cập nhật nơi nhận",
                header.documentId(), true, new StaffInfo("Văn phòng", "Trần Thị B", "0909000000", "vt@tphcm.gov.vn"),
                false, true, List.of(new ReceiverChange(STC, true), new ReceiverChange(UBND, false)));
        return new EdxmlPackage(header, List.of(new TraceHeader(STTTT, LocalDateTime.of(2026, 1, 2, 8, 30, 5))),
                business, List.of(
                new EdxmlAttachment("cid:1", "15-STTTT-VP.pdf", "application/pdf", "Văn bản chính", everyByte),
                new EdxmlAttachment("cid:2", "Phụ lục.docx", null, null, new byte[] {0})));
    }

    @Test
    void writtenThenReadGivesTheSameMetadataAndByteIdenticalAttachments() {
        EdxmlPackage original = outgoing();
        EdxmlPackage back = (EdxmlPackage) reader.read(writer.toBytes(original));
        assertEquals(original.header(), back.header());
        assertEquals(original.traces(), back.traces());
        assertEquals(original.business(), back.business());
        for (int i = 0; i < original.attachments().size(); i++) {
            assertArrayEquals(original.attachments().get(i).content(), back.attachments().get(i).content());
        }
        assertEquals(original, back);
    }

    @ParameterizedTest
    @ValueSource(strings = {"edoc_new.edxml", "edoc_update.edxml", "status_processing_05.edxml"})
    void aRealPackageReadWrittenAndReadAgainKeepsItsMetadata(String fixture) {
        EdxmlMessage first = reader.read(Fixtures.edxml(fixture));
        assertEquals(first, reader.read(writer.toBytes(first)));
    }

    @Test
    void childrenCarryTheEdxmlPrefixAndTheRootTheDefaultNamespace() {
        String xml = new String(writer.toBytes(outgoing()), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), xml.substring(0, 60));
        assertTrue(xml.contains("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\""));
        assertTrue(xml.contains("xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\""));
        Matcher tags = Pattern.compile("<([A-Za-z][^\\s/>]*)").matcher(xml);
        int count = 0;
        while (tags.find()) {
            count++;
            String tag = tags.group(1);
            assertTrue(tag.equals("edXML") || tag.startsWith("edXML:"), tag);
        }
        assertTrue(count > 80, "all elements were looked at: " + count);
        assertTrue(xml.contains("<edXML:PromulgationDate>2026/01/02</edXML:PromulgationDate>"));
        assertTrue(xml.contains("<edXML:CodeNumber>15</edXML:CodeNumber>"));
        assertTrue(xml.contains("<edXML:AttachmentName>15-STTTT-VP.pdf</edXML:AttachmentName>"));
    }

    @Test
    void aStatusMessageIsWrittenWithItsTwoDigitCode() {
        StatusMessage accepted = new StatusMessage(Organization.of(STC, "Sở Tài chính"),
                new ResponseFor(STTTT, new DocumentNumber(15, "STTTT-VP"), LocalDate.of(2026, 1, 2),
                        "000.00.12.H29,2026/01/02,15/STTTT-VP"),
                new StaffInfo("Văn thư", "Lê Văn C", null, null), DeliveryStatus.ACCEPTED, "Đã tiếp nhận",
                LocalDateTime.of(2026, 1, 2, 9, 0, 0));
        byte[] bytes = writer.toBytes(accepted);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("<edXML:StatusCode>03</edXML:StatusCode>"));
        assertEquals(accepted, reader.read(bytes));
    }

    @Test
    void theSignerHookSignsTheWholePackageInsideTheHeader() {
        EdxmlWriter signing = new EdxmlWriter((document, header) -> {
            assertEquals("edXMLHeader", header.getLocalName());
            assertTrue(document.getDocumentElement().getElementsByTagNameNS("*", "AttachmentEncoded").getLength() == 1,
                    "attachments are in place before signing");
            Element signature = document.createElementNS("http://www.w3.org/2000/09/xmldsig#", "Signature");
            header.appendChild(signature);
        });
        String xml = new String(signing.toBytes(outgoing()), StandardCharsets.UTF_8);
        assertTrue(xml.matches("(?s).*</edXML:TraceHeaderList><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"/>"
                + "</edXML:edXMLHeader>.*"), xml.substring(0, Math.min(xml.length(), 3000)));
        assertEquals(outgoing(), reader.read(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aStatusAboutAReceivedPackageRefersToItsSenderAndId() {
        MessageHeader received = Fixtures.readPackage("edoc_update.edxml").header();
        StatusMessage returned = new StatusMessage(Organization.of(AgencyCode.parse("000.00.00.H53"), "UBND Tỉnh Nghệ An"),
                ResponseFor.of(received), null, DeliveryStatus.RETURNED, "Gửi nhầm nơi nhận",
                LocalDateTime.of(2018, 9, 29, 8, 0, 0));
        StatusMessage back = (StatusMessage) reader.read(writer.toBytes(returned));
        assertEquals(AgencyCode.parse("000.00.00.G22"), back.responseFor().organId());
        assertEquals("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT", back.responseFor().documentId());
        assertEquals(returned, back);
    }
}
