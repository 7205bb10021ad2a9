package vn.lienthong.directory.internal;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.AgencyRecord;
import vn.lienthong.directory.CsvRowError;
import vn.lienthong.directory.ExchangeReach;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyCsvTest {

    private static final AgencyCode UBND = AgencyCode.parse("000.00.00.H29");

    private static List<String> codes(AgencyCsv.Parsed parsed) {
        return parsed.agencies().stream().map(a -> a.code().value()).toList();
    }

    @Test
    void goodLinesAreReadParentsFirstWhateverTheirOrder() {
        String csv = """
                code,name,parent_code,official_email,reach
                000.00.41.H29,Phòng Văn hóa và Thông tin Quận 1,000.00.31.H29,pvhtt.q1@tphcm.gov.vn,INTERNAL
                000.00.31.H29,"Ủy ban nhân dân Quận 1, TP.HCM",000.00.00.H29,ubnd.q1@tphcm.gov.vn,internal
                000.00.00.G22,Văn phòng Chính phủ,,,NATIONAL
                """;
        AgencyCsv.Parsed parsed = AgencyCsv.parse(csv, Set.of(UBND));
        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of("000.00.31.H29", "000.00.00.G22", "000.00.41.H29"), codes(parsed));
        AgencyRecord quan1 = parsed.agencies().get(0);
        assertEquals("Ủy ban nhân dân Quận 1, TP.HCM", quan1.name());
        assertEquals(UBND, quan1.parent());
        assertEquals(ExchangeReach.LIENTHONG, quan1.reach());
        AgencyRecord vpcp = parsed.agencies().get(1);
        assertNull(vpcp.parent());
        assertNull(vpcp.officialEmail());
        assertEquals(ExchangeReach.NATIONAL_PLATFORM, vpcp.reach());
    }

    /** A line with a bad e-mail and a bad reach reported only the e-mail: the clerk fixed it and met the next error. */
    @Test
    void everyWrongFieldOfALineIsReportedAtOnce() {
        String csv = "code,name,parent_code,official_email,reach\n"
                + "00.00.32.H29,  ,khong-ma,khong-phai-email,SOMEWHERE\n";
        AgencyCsv.Parsed parsed = AgencyCsv.parse(csv, Set.of(UBND));
        assertEquals(List.of(), codes(parsed));
        assertEquals(List.of("agency.code.invalid", "agency.csv.nameMissing", "agency.csv.parentInvalid",
                "agency.csv.emailInvalid", "agency.csv.reachInvalid"), parsed.errors().stream().map(CsvRowError::messageKey).toList());
        assertEquals(List.of(2, 2, 2, 2, 2), parsed.errors().stream().map(CsvRowError::line).toList());
    }

    @Test
    void badLinesAreReportedByLineAndSkippedWhileTheRestIsRead() {
        String csv = "\uFEFFcode,name,parent_code,official_email,reach\r\n"
                + "000.00.31.H29,Ủy ban nhân dân Quận 1,000.00.00.H29,,INTERNAL\r\n"   // 2: good
                + "000.00.99.H29,Phòng ma,000.00.98.H29,,INTERNAL\r\n"                 // 3: unknown parent
                + "00.00.32.H29,Mã sai,,,INTERNAL\r\n"                                  // 4: invalid code
                + "000.00.31.H29,Quận 1 lần nữa,,,INTERNAL\r\n"                        // 5: duplicate
                + "000.00.33.H29,  ,,,INTERNAL\r\n"                                     // 6: missing name
                + "000.00.34.H29,Quận 4,,khong-phai-email,INTERNAL\r\n"                 // 7: bad email
                + "000.00.35.H29,Quận 5,,,SOMEWHERE\r\n"                                // 8: bad reach
                + "000.00.36.H29,Quận 6\r\n"                                            // 9: columns
                + "000.00.37.H29,Quận 7,000.00.99.H29,,INTERNAL\r\n";                   // 10: parent is a bad line
        AgencyCsv.Parsed parsed = AgencyCsv.parse(csv, Set.of(UBND));
        assertEquals(List.of("000.00.31.H29"), codes(parsed));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10), parsed.errors().stream().map(CsvRowError::line).toList());
        assertEquals(List.of("agency.csv.parentUnknown", "agency.code.invalid", "agency.csv.duplicate",
                "agency.csv.nameMissing", "agency.csv.emailInvalid", "agency.csv.reachInvalid", "agency.csv.columns",
                "agency.csv.parentUnknown"), parsed.errors().stream().map(CsvRowError::messageKey).toList());
        CsvRowError duplicate = parsed.errors().get(2);
        assertEquals(List.of("000.00.31.H29", "2"), duplicate.arguments());
        assertEquals("Mã 000.00.31.H29 bị lặp lại (đã có ở dòng 2).", duplicate.message(Locale.forLanguageTag("vi")));
        assertTrue(parsed.errors().get(0).message(Locale.ENGLISH).contains("000.00.98.H29"));
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedAsAWhole() {
        AgencyCsv.Parsed parsed = AgencyCsv.parse("000.00.31.H29,Quận 1,,,INTERNAL\n", Set.of());
        assertEquals(List.of(), parsed.agencies());
        assertEquals("agency.csv.header", parsed.errors().get(0).messageKey());
    }

    @Test
    void quotedLineBreaksKeepTheLineNumbersOfWhatFollows() {
        String csv = "code,name,parent_code,official_email,reach\n"
                + "000.00.31.H29,\"Ủy ban nhân dân\nQuận 1\",,,INTERNAL\n"
                + "bad,x,,,INTERNAL\n";
        AgencyCsv.Parsed parsed = AgencyCsv.parse(csv, Set.of());
        assertEquals("Ủy ban nhân dân\nQuận 1", parsed.agencies().get(0).name());
        assertEquals(4, parsed.errors().get(0).line());
    }

    @Test
    void whatIsWrittenReadsBackTheSameAndFormulasStayText() {
        List<AgencyRecord> agencies = List.of(
                new AgencyRecord(UBND, "Ủy ban nhân dân Thành phố Hồ Chí Minh", null, "ubnd@tphcm.gov.vn", ExchangeReach.LIENTHONG),
                new AgencyRecord(AgencyCode.parse("000.00.11.H29"), "Sở Thông tin và Truyền thông, \"TT&TT\"", UBND, null,
                        ExchangeReach.NATIONAL_PLATFORM));
        String csv = AgencyCsv.write(agencies);
        assertEquals(agencies, AgencyCsv.parse(csv, Set.of()).agencies());
        String formula = AgencyCsv.write(List.of(new AgencyRecord(UBND, "=HYPERLINK(\"x\")", null, null, ExchangeReach.LIENTHONG)));
        assertTrue(formula.contains("\"'=HYPERLINK(\"\"x\"\")\""), formula);
    }

    /** A file saved in a legacy code page decodes with replacement characters; storing them would garble the name. */
    @Test
    void aLineThatIsNotUtf8IsReportedNotStored() {
        byte[] latin1 = "code,name,parent_code,official_email,reach\n000.00.45.H29,Ph\u00f2ng A,,,INTERNAL\n000.00.46.H29,S\u00e1 X,,,INTERNAL\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        AgencyCsv.Parsed parsed = AgencyCsv.parse(new String(latin1, java.nio.charset.StandardCharsets.UTF_8), Set.of());
        assertEquals(List.of(), codes(parsed));
        assertEquals(List.of(2, 3), parsed.errors().stream().map(CsvRowError::line).toList());
        assertTrue(parsed.errors().get(0).message(Locale.forLanguageTag("vi")).contains("UTF-8"));
    }
}
