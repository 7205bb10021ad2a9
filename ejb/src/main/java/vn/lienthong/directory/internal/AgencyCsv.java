package vn.lienthong.directory.internal;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.AgencyRecord;
import vn.lienthong.directory.CsvRowError;
import vn.lienthong.directory.ExchangeReach;
import vn.lienthong.platform.Utf8Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The agency directory as CSV (RFC 4180, UTF-8, a header line): {@code code,name,parent_code,official_email,reach}.
 * Reading checks each line on its own, then the parents: a parent must be in the directory already or on a good
 * line of the same file, in any order. Bad lines are reported with their line number and left out; good lines come
 * back parents first, so that they can be stored in that order.
 */
public final class AgencyCsv {

    public static final List<String> HEADER = List.of("code", "name", "parent_code", "official_email", "reach");

    /** A plain shape check; the mail server is the judge of whether the mailbox exists. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Good lines in the order they can be stored, the line each came from, and the lines left out. */
    public record Parsed(List<AgencyRecord> agencies, Map<AgencyCode, Integer> lines, List<CsvRowError> errors) {

        public int lineOf(AgencyCode code) {
            return lines.getOrDefault(code, 0);
        }
    }

    private record Line(int number, AgencyRecord agency) {
    }

    private AgencyCsv() {
    }

    public static Parsed parse(String text, Set<AgencyCode> known) {
        List<CsvRowError> errors = new ArrayList<>();
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        split(body, records, lineNumbers);
        if (records.isEmpty() || !header(records.get(0))) {
            errors.add(new CsvRowError(1, "agency.csv.header", List.of(String.join(",", HEADER))));
            return new Parsed(List.of(), Map.of(), errors);
        }
        Map<AgencyCode, Line> lines = new LinkedHashMap<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            int number = lineNumbers.get(i);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (Utf8Text.undecoded(fields)) {
                errors.add(new CsvRowError(number, "csv.notUtf8", List.of()));
                continue;
            }
            AgencyRecord agency = record(fields, number, errors);
            if (agency == null) {
                continue;
            }
            if (lines.containsKey(agency.code())) {
                errors.add(new CsvRowError(number, "agency.csv.duplicate",
                        List.of(agency.code().value(), String.valueOf(lines.get(agency.code()).number()))));
            } else {
                lines.put(agency.code(), new Line(number, agency));
            }
        }
        List<AgencyRecord> ordered = parentsFirst(lines, known, errors);
        errors.sort(java.util.Comparator.comparingInt(CsvRowError::line));
        Map<AgencyCode, Integer> numbers = new LinkedHashMap<>();
        lines.forEach((code, line) -> numbers.put(code, line.number()));
        return new Parsed(ordered, numbers, errors);
    }

    /** Keeps the lines whose parent exists or comes before them; the rest (unknown parent, or a cycle) are errors. */
    private static List<AgencyRecord> parentsFirst(Map<AgencyCode, Line> lines, Set<AgencyCode> known,
                                                   List<CsvRowError> errors) {
        List<AgencyRecord> ordered = new ArrayList<>();
        Set<AgencyCode> placed = new HashSet<>(known);
        Map<AgencyCode, Line> waiting = new LinkedHashMap<>(lines);
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            for (var it = waiting.values().iterator(); it.hasNext(); ) {
                AgencyRecord agency = it.next().agency();
                if (agency.parent() == null || placed.contains(agency.parent())) {
                    ordered.add(agency);
                    placed.add(agency.code());
                    it.remove();
                    progress = true;
                }
            }
        }
        for (Line line : waiting.values()) {
            errors.add(new CsvRowError(line.number(), "agency.csv.parentUnknown",
                    List.of(line.agency().parent().value(), line.agency().code().value())));
        }
        return ordered;
    }

    private static boolean header(List<String> fields) {
        return fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER);
    }

    /**
     * The line's agency, or null when the line is wrong: then every wrong field is added to the errors, not only the
     * first, so one correction fixes the line.
     */
    private static AgencyRecord record(List<String> fields, int number, List<CsvRowError> errors) {
        if (fields.size() != HEADER.size()) {
            errors.add(new CsvRowError(number, "agency.csv.columns",
                    List.of(String.valueOf(HEADER.size()), String.valueOf(fields.size()))));
            return null;
        }
        int before = errors.size();
        String code = fields.get(0).strip();
        if (!AgencyCode.isValid(code)) {
            errors.add(new CsvRowError(number, "agency.code.invalid", List.of(code)));
        }
        String name = fields.get(1).strip();
        if (name.isEmpty()) {
            errors.add(new CsvRowError(number, "agency.csv.nameMissing", List.of(code)));
        } else if (name.length() > 255) {
            errors.add(new CsvRowError(number, "agency.csv.nameTooLong", List.of(code, "255")));
        }
        String parentText = fields.get(2).strip();
        if (!parentText.isEmpty() && !AgencyCode.isValid(parentText)) {
            errors.add(new CsvRowError(number, "agency.csv.parentInvalid", List.of(parentText)));
        } else if (parentText.equals(code)) {
            errors.add(new CsvRowError(number, "agency.parent.self", List.of(code)));
        }
        String email = fields.get(3).strip();
        if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 255)) {
            errors.add(new CsvRowError(number, "agency.csv.emailInvalid", List.of(email)));
        }
        String reachText = fields.get(4).strip();
        ExchangeReach reach = reach(reachText);
        if (reach == null) {
            errors.add(new CsvRowError(number, "agency.csv.reachInvalid", List.of(reachText)));
        }
        if (errors.size() > before) {
            return null;
        }
        return new AgencyRecord(AgencyCode.parse(code), name, parentText.isEmpty() ? null : AgencyCode.parse(parentText),
                email.isEmpty() ? null : email, reach);
    }

    /** INTERNAL / NATIONAL as the file is written, the enum's own names accepted too; null for anything else. */
    private static ExchangeReach reach(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "INTERNAL", "LIENTHONG" -> ExchangeReach.LIENTHONG;
            case "NATIONAL", "NATIONAL_PLATFORM" -> ExchangeReach.NATIONAL_PLATFORM;
            default -> null;
        };
    }

    public static String reachName(ExchangeReach reach) {
        return reach == ExchangeReach.LIENTHONG ? "INTERNAL" : "NATIONAL";
    }

    /** The directory as a file that {@link #parse} reads back to the same agencies; with a BOM, so Excel reads UTF-8. */
    public static String write(List<AgencyRecord> agencies) {
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
        for (AgencyRecord a : agencies) {
            out.append(field(a.code().value())).append(',').append(field(a.name())).append(',')
                    .append(field(a.parent() == null ? "" : a.parent().value())).append(',')
                    .append(field(a.officialEmail() == null ? "" : a.officialEmail())).append(',')
                    .append(reachName(a.reach())).append("\r\n");
        }
        return out.toString();
    }

    private static String field(String value) {
        // A leading = + - @ would make a spreadsheet evaluate the cell; a quote keeps it text.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches(".*[,\"\r\n].*") || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** RFC 4180: fields may be quoted, quoted fields may hold commas, quotes ("") and line breaks. */
    private static void split(String text, List<List<String>> records, List<Integer> lineNumbers) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                lineNumbers.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lineNumbers.add(recordLine);
        }
    }

}
