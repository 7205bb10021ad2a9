package vn.lienthong.adoption;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Leadership;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Utf8Text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The officials directory as CSV (UTF-8, a header line). Columns are found by name: {@code email}, {@code full_name},
 * {@code agency_code}, {@code position}, and either {@code leadership} (LEADER, MANAGER, NONE) or {@code is_leader}
 * (true/false, as the mail team's exports have it); {@code effective_from} and {@code effective_to} are optional,
 * written dd/MM/yyyy and read as dd/MM/yyyy, d/M/yyyy or ISO yyyy-MM-dd.
 * A bad row is reported with its line number and skipped; the good rows still count.
 */
public final class OfficialsCsv {

    /** The columns written by {@link #write}, which {@link #parse} reads back. */
    public static final List<String> HEADER =
            List.of("email", "full_name", "agency_code", "position", "leadership", "effective_from", "effective_to");

    private static final Set<String> REQUIRED = Set.of("email", "full_name", "agency_code");

    /** Dates are written dd/MM/yyyy, like every date people read in LienThong (docs/decisions/064). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Read day first with one or two digits (1/3/2025 or 01/03/2025), strictly: 31/02/2025 is refused. */
    private static final DateTimeFormatter DAY_READ = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** One good row, with the line it came from. */
    public record Row(long line, OfficialRecord official) {
    }

    /** One refused row: its line and why, as a message key of the domain bundle with its arguments. */
    public record LineError(long line, String messageKey, List<Object> arguments) {

        public String message(Locale locale) {
            return vn.lienthong.platform.Messages.format(locale, messageKey, arguments.toArray());
        }
    }

    public record Parsed(List<Row> rows, List<LineError> errors) {
    }

    private OfficialsCsv() {
    }

    /**
     * @param startingFrom the date a row without {@code effective_from} takes effect
     * @throws InvalidInputException when the header lacks a required column: no row could be read
     */
    public static Parsed parse(Reader csv, LocalDate startingFrom) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Map<String, Integer> columns = parser.getHeaderMap();
            Set<String> names = columns == null ? Set.of() : Set.copyOf(columns.keySet().stream()
                    .map(n -> n.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList());
            for (String required : REQUIRED) {
                if (!names.contains(required)) {
                    throw new InvalidInputException("adoption.officials.csv.missingColumn", required);
                }
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                try {
                    rows.add(new Row(line, read(record, columns, startingFrom)));
                } catch (DomainException e) {
                    errors.add(new LineError(line, e.messageKey(), List.of(e.arguments())));
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            errors.add(new LineError(-1, "adoption.officials.csv.unreadable", List.of(String.valueOf(e.getMessage()))));
        }
        return new Parsed(rows, errors);
    }

    public static String write(Collection<OfficialRecord> officials) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(HEADER);
            for (OfficialRecord o : officials) {
                printer.printRecord(o.mailbox().address(), o.fullName(), o.agency().value(),
                        o.position() == null ? "" : o.position(), o.leadership().name(), DAY.format(o.effectiveFrom()),
                        o.effectiveTo() == null ? "" : DAY.format(o.effectiveTo()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static OfficialRecord read(CSVRecord record, Map<String, Integer> columns, LocalDate startingFrom) {
        if (Utf8Text.undecoded(record)) {
            throw new InvalidInputException("csv.notUtf8");
        }
        String email = field(record, columns, "email");
        String agency = field(record, columns, "agency_code");
        if (!AgencyCode.isValid(agency)) {
            throw new InvalidInputException("agency.code.invalid", agency);
        }
        LocalDate from = date(field(record, columns, "effective_from"));
        return new OfficialRecord(Mailbox.of(email), field(record, columns, "full_name"), AgencyCode.parse(agency),
                field(record, columns, "position"), leadership(record, columns),
                from == null ? startingFrom : from, date(field(record, columns, "effective_to")));
    }

    private static Leadership leadership(CSVRecord record, Map<String, Integer> columns) {
        String leadership = field(record, columns, "leadership");
        if (!leadership.isEmpty()) {
            try {
                return Leadership.valueOf(leadership.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("adoption.officials.csv.leadership", leadership);
            }
        }
        String isLeader = field(record, columns, "is_leader").toLowerCase(Locale.ROOT);
        return switch (isLeader) {
            case "true", "yes", "1", "có" -> Leadership.LEADER;
            case "false", "no", "0", "không", "" -> Leadership.NONE;
            default -> throw new InvalidInputException("adoption.officials.csv.leadership", isLeader);
        };
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            // ISO (2025-03-01) as older exports wrote it; otherwise day first, as people write and Excel saves in Vietnam.
            return text.length() == 10 && text.charAt(4) == '-' ? LocalDate.parse(text) : LocalDate.parse(text, DAY_READ);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("adoption.officials.csv.date", text);
        }
    }

    private static String field(CSVRecord record, Map<String, Integer> columns, String name) {
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            if (column.getKey().replace("\uFEFF", "").strip().equalsIgnoreCase(name)) {
                int index = column.getValue();
                return index < record.size() ? record.get(index).strip() : "";
            }
        }
        return "";
    }
}
