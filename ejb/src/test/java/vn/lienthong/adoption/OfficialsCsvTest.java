package vn.lienthong.adoption;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.Leadership;
import vn.lienthong.platform.InvalidInputException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfficialsCsvTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void theMailTeamsExportReadsWithVietnameseNamesAndLeaderFlags() throws IOException {
        Path users = Path.of(System.getProperty("shared.dir", "../../shared"), "fixtures", "maillog", "users.csv");
        OfficialsCsv.Parsed parsed = OfficialsCsv.parse(Files.newBufferedReader(users, StandardCharsets.UTF_8), TODAY);

        assertEquals(30, parsed.rows().size());
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        OfficialRecord lan = parsed.rows().stream().map(OfficialsCsv.Row::official)
                .filter(o -> o.mailbox().address().equals("lantt.snv@tphcm.gov.vn")).findFirst().orElseThrow();
        assertEquals("Trần Thu Lan", lan.fullName());
        assertEquals(Leadership.LEADER, lan.leadership());
        assertEquals(TODAY, lan.effectiveFrom());
    }

    @Test
    void badRowsAreReportedByLineAndTheGoodOnesKept() throws IOException {
        String csv = """
                email,full_name,agency_code,position,leadership,effective_from
                An.NV@tphcm.gov.vn,Nguyễn Văn An,000.00.11.H29,Giám đốc,LEADER,2026-01-01
                binh@tphcm.gov.vn,,000.00.11.H29,Phó Giám đốc,LEADER,
                chi@tphcm.gov.vn,Lê Chi,H29,Trưởng phòng,MANAGER,
                dung@tphcm.gov.vn,Đỗ Dung,000.00.12.H29,Trưởng phòng,BOSS,
                em@tphcm.gov.vn,Phạm Em,000.00.12.H29,Chuyên viên,NONE,31/02/2026
                """;
        OfficialsCsv.Parsed parsed = OfficialsCsv.parse(new StringReader(csv), TODAY);

        assertEquals(1, parsed.rows().size());
        assertEquals("an.nv@tphcm.gov.vn", parsed.rows().get(0).official().mailbox().address());
        assertEquals(List.of(3L, 4L, 5L, 6L), parsed.errors().stream().map(OfficialsCsv.LineError::line).toList());
        assertTrue(parsed.errors().get(1).message(Locale.forLanguageTag("vi")).contains("H29"));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        OfficialRecord record = new OfficialRecord(Mailbox.of("hoa@tphcm.gov.vn"), "Trịnh Thị Hoa, \"Hoa\"",
                vn.lienthong.directory.AgencyCode.parse("000.00.13.H29"), "Phó Giám đốc", Leadership.MANAGER,
                LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 30));
        OfficialsCsv.Parsed parsed = OfficialsCsv.parse(new StringReader(OfficialsCsv.write(List.of(record))), TODAY);
        assertEquals(List.of(record), parsed.rows().stream().map(OfficialsCsv.Row::official).toList());
    }

    /**
     * Dates are written as people read them in Vietnam, and read back whether the file kept them, an administrator
     * typed 1/3/2025, Excel saved them day first, or an older export wrote them ISO. A date that does not exist is
     * reported on its line.
     */
    @Test
    void datesAreWrittenDayFirstAndReadInEveryFormAnAdministratorMeets() throws IOException {
        OfficialRecord record = new OfficialRecord(Mailbox.of("hoa@tphcm.gov.vn"), "Trịnh Thị Hoa",
                vn.lienthong.directory.AgencyCode.parse("000.00.13.H29"), "Phó Giám đốc", Leadership.MANAGER,
                LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 30));
        String written = OfficialsCsv.write(List.of(record));
        assertTrue(written.contains(",01/03/2025,30/06/2026"), written);
        String csv = String.join("\n", "email,full_name,agency_code,effective_from,effective_to",
                "a@tphcm.gov.vn,Lê Văn A,000.00.13.H29,1/3/2025,",
                "b@tphcm.gov.vn,Lê Văn B,000.00.13.H29,2025-03-01,30/06/2026",
                "c@tphcm.gov.vn,Lê Văn C,000.00.13.H29,31/02/2025,");
        OfficialsCsv.Parsed parsed = OfficialsCsv.parse(new StringReader(csv), TODAY);
        assertEquals(List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)),
                parsed.rows().stream().map(r -> r.official().effectiveFrom()).toList());
        assertEquals(LocalDate.of(2026, 6, 30), parsed.rows().get(1).official().effectiveTo());
        assertEquals(List.of(4L), parsed.errors().stream().map(OfficialsCsv.LineError::line).toList());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        assertThrows(InvalidInputException.class,
                () -> OfficialsCsv.parse(new StringReader("name,mail\nA,a@b.c\n"), TODAY));
    }

    /** A file saved in a legacy code page decodes with replacement characters; storing them would garble the name. */
    @Test
    void aRowThatIsNotUtf8IsReportedNotStored() throws IOException {
        byte[] latin1 = "email,full_name,agency_code\nan@tphcm.gov.vn,Nguy\u00ean V\u00e3n An,000.00.11.H29\nbinh@tphcm.gov.vn,Binh,000.00.11.H29\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        OfficialsCsv.Parsed parsed = OfficialsCsv.parse(new StringReader(new String(latin1, StandardCharsets.UTF_8)), TODAY);
        assertEquals(List.of("binh@tphcm.gov.vn"), parsed.rows().stream().map(r -> r.official().mailbox().address()).toList());
        assertEquals(List.of(2L), parsed.errors().stream().map(OfficialsCsv.LineError::line).toList());
        assertTrue(parsed.errors().get(0).message(Locale.forLanguageTag("vi")).contains("UTF-8"));
    }
}
