package vn.lienthong.exchange.edxml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Messages;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MalformedEdxmlTest {

    private static final String NEW = new String(Fixtures.edxml("edoc_new.edxml"), StandardCharsets.UTF_8);
    private static final String HEADER = "edXML/edXMLEnvelope/edXMLHeader/MessageHeader";

    private static MalformedEdxmlException refused(String xml) {
        return refused(new EdxmlReader(), xml);
    }

    private static MalformedEdxmlException refused(EdxmlReader reader, String xml) {
        return assertThrows(MalformedEdxmlException.class, () -> reader.read(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isAnInvalidInputSoTheApiAnswers400() {
        assertTrue(InvalidInputException.class.isAssignableFrom(MalformedEdxmlException.class));
    }

    @Test
    void theClerkReadsWhichElementIsWrongInVietnamese() {
        MalformedEdxmlException e = refused(NEW.replaceFirst("30/10/2020", "31/02/2020"));
        assertEquals("Gói edXML có giá trị không hợp lệ tại " + HEADER + "/PromulgationInfo/PromulgationDate: "
                + "\"31/02/2020\".", Messages.format(null, e));
        assertEquals("The edXML package lacks the required element " + HEADER + "/From.",
                Messages.format(Locale.ENGLISH, refused(NEW.replaceFirst("(?s)<edXML:From>.*?</edXML:From>", ""))));
    }

    @Test
    void somethingThatIsNotXmlIsRefused() {
        assertEquals("edxml.malformed.notXml", refused("%PDF-1.4 this is not a package").messageKey());
        assertEquals("edxml.malformed.notXml", refused("").messageKey());
        assertEquals("edxml.malformed.notXml", refused(NEW.substring(0, 5000)).messageKey(), "truncated");
        // The clerk reads where it breaks in her language, not the parser's English ("ParseError at [row,col]…").
        assertEquals("Gói edXML không phải XML hợp lệ: lỗi ở dòng 1, cột 1.",
                Messages.format(null, refused("%PDF-1.4 this is not a package")));
        String english = Messages.format(Locale.ENGLISH, refused("<?xml version=\"1.0\"?>\n"
                + "<edXML:edXML xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><b></edXML:edXML>"));
        assertTrue(english.matches("The edXML package is not well-formed XML: the error is at line 2, column \\d+\\."), english);
    }

    @Test
    void aWrongRootIsRefused() {
        MalformedEdxmlException e = refused("<?xml version=\"1.0\"?><html><body/></html>");
        assertEquals("edxml.malformed.root", e.messageKey());
        assertEquals("html", e.arguments()[0].toString());
        assertEquals("edxml.malformed.root", refused("<edXML><edXMLEnvelope/></edXML>").messageKey(), "no namespace");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&xxe;</edXML>";
        assertEquals("edxml.malformed.dtd", refused(xxe).messageKey());
    }

    @Test
    void entityExpansionIsNeverAttempted() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&c;</edXML>";
        assertEquals("edxml.malformed.dtd", refused(laughs).messageKey());
    }

    @Test
    void anOversizedPackageIsRefusedBeforeItIsRead() {
        MalformedEdxmlException e = refused(new EdxmlReader(10_000, 32), NEW);
        assertEquals("edxml.malformed.tooLarge", e.messageKey());
        assertEquals(10_000L, e.arguments()[0]);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">" + "<a>".repeat(100)
                + "</a>".repeat(100) + "</edXML>";
        assertEquals("edxml.malformed.tooDeep", refused(deep).messageKey());
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({
            "From, (?s)<edXML:From>.*?</edXML:From>,",
            "To, (?s)<edXML:To>.*?</edXML:To>,",
            "DocumentId, (?s)<edXML:DocumentId>[^<]*</edXML:DocumentId>\\s*<edXML:Code>, <edXML:Code>",
            "Code, (?s)<edXML:Code>.*?</edXML:Code>,",
            "Subject, <edXML:Subject>[^<]*</edXML:Subject>, <edXML:Subject/>",
    })
    void aMissingRequiredElementIsNamed(String element, String regex, String replacement) {
        MalformedEdxmlException e = refused(NEW.replaceFirst(regex, replacement == null ? "" : replacement));
        assertEquals("edxml.malformed.missing", e.messageKey());
        assertEquals(HEADER + "/" + element, e.arguments()[0]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "bad agency code, <edXML:OrganId>000.00.11.H53<, <edXML:OrganId>000.00.11.h53<, /From/OrganId, 000.00.11.h53",
            "impossible date, 30/10/2020, 31/02/2020, /PromulgationInfo/PromulgationDate, 31/02/2020",
            "unreadable date, 30/10/2020, 30 tháng 10, /PromulgationInfo/PromulgationDate, 30 tháng 10",
            "bad priority, <edXML:Priority>0<, <edXML:Priority>9<, /OtherInfo/Priority, 9",
            "bad code number, <edXML:CodeNumber>2491<, <edXML:CodeNumber>24a1<, /Code, 24a1/STC-BCTC",
    })
    void anInvalidValueIsNamedWithItsElement(String what, String from, String to, String path, String value) {
        MalformedEdxmlException e = refused(NEW.replaceFirst(from, to));
        assertEquals("edxml.malformed.value", e.messageKey());
        assertEquals(HEADER + path, e.arguments()[0]);
        assertEquals(value, e.arguments()[1]);
    }

    @Test
    void badBase64IsRefused() {
        MalformedEdxmlException e = refused(NEW.replaceFirst("<edXML:ContentTransferEncoded([^>]*)>UEsDBBQA",
                "<edXML:ContentTransferEncoded$1>UEsD*BQA"));
        assertEquals("edxml.malformed.value", e.messageKey());
        assertEquals("edXML/AttachmentEncoded/Attachment/ContentTransferEncoded", e.arguments()[0]);
    }

    @Test
    void aFileTheManifestAnnouncesButThePackageLacksIsMissing() {
        MalformedEdxmlException e = refused(NEW.replaceFirst("(?s)<Attachment>.*</Attachment>", ""));
        assertEquals("edxml.malformed.missing", e.messageKey());
        assertEquals("edXML/AttachmentEncoded/Attachment[cid:209]", e.arguments()[0]);
    }

    @Test
    void anEmptyAttachmentIsRefused() {
        MalformedEdxmlException e = refused(NEW.replaceFirst("(?s)(<edXML:ContentTransferEncoded[^>]*>)[^<]*<", "$1<"));
        assertEquals("edxml.malformed.missing", e.messageKey());
    }

    @Test
    void aStatusMessageWithAnUnknownCodeIsRefused() {
        String status = new String(Fixtures.edxml("status_processing_05.edxml"), StandardCharsets.UTF_8);
        MalformedEdxmlException e = refused(status.replace(">05<", ">07<"));
        assertEquals(HEADER + "/StatusCode", e.arguments()[0]);
        assertEquals("edxml.malformed.missing",
                refused(status.replaceFirst("(?s)<edXML:Timestamp>.*?</edXML:Timestamp>", "")).messageKey());
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] bytes = Fixtures.edxml("status_processing_05.edxml");
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Nghệ An");
        bytes[at + 3] = (byte) 0xC3;
        bytes[at + 4] = (byte) 0x28;
        byte[] broken = bytes;
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertEquals("edxml.malformed.notXml",
                    assertThrows(MalformedEdxmlException.class, () -> new EdxmlReader().read(broken)).messageKey());
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "a broken package leaves no noise in the server log");
    }

    @Test
    void truncationsAndBitFlipsEndAsAResultOrTheOneNamedException() {
        byte[] original = Fixtures.edxml("status_processing_05.edxml");
        EdxmlReader reader = new EdxmlReader();
        for (int length = 0; length < original.length; length += 7) {
            assertReadOrRefused(reader, Arrays.copyOf(original, length));
        }
        Random random = new Random(20260101);
        for (int i = 0; i < 1000; i++) {
            byte[] flipped = original.clone();
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            assertReadOrRefused(reader, flipped);
        }
    }

    private static void assertReadOrRefused(EdxmlReader reader, byte[] bytes) {
        try {
            reader.read(bytes);
        } catch (MalformedEdxmlException expected) {
            // the one way a package may fail
        }
    }
}
