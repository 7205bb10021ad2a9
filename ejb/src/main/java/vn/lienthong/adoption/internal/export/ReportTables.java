package vn.lienthong.adoption.internal.export;

import vn.lienthong.adoption.AdoptionReport;
import vn.lienthong.adoption.AdoptionReport.AgencyFigures;
import vn.lienthong.adoption.AdoptionReport.OfficialFigures;
import vn.lienthong.platform.ClockProducer;
import vn.lienthong.platform.Messages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A report as the exports lay it out: heading lines that state period, scope, policy and target, then tables
 * (agencies, months, officials, idle leaders) of cells that are text, whole numbers or percentages. CSV, XLSX and
 * PDF all write this one model, so the three always say the same.
 */
public final class ReportTables {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** A percentage, kept apart from counts so that writers format it with one decimal. */
    public record Percent(double value) {
    }

    public record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    private final AdoptionReport report;
    private final Locale locale;

    public ReportTables(AdoptionReport report, Locale locale) {
        this.report = report;
        this.locale = locale;
    }

    public AdoptionReport report() {
        return report;
    }

    public String text(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    public String title() {
        return text("adoption.export.title");
    }

    /** What every export states before any figure: period, scope, policy, target, when, and concealment. */
    public List<String> heading() {
        List<String> lines = new ArrayList<>();
        lines.add(text("adoption.export.period", DAY.format(report.first()), DAY.format(report.last()),
                report.workingDays()));
        lines.add(text("adoption.export.scope", scope()));
        lines.add(text("adoption.export.policy", report.policyText(locale)));
        lines.add(text("adoption.export.target"));
        lines.add(text("adoption.export.generated",
                MOMENT.format(report.generatedAt().atZone(ClockProducer.VIETNAM))));
        if (report.namesConcealed()) {
            lines.add(text("adoption.export.concealed"));
        }
        return lines;
    }

    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        List<List<Object>> agencies = new ArrayList<>();
        report.agencies().forEach(a -> agencies.add(agency(a)));
        agencies.add(total(report.total()));
        tables.add(new Table(text("adoption.export.agencies"), headers("agency"), agencies));
        List<List<Object>> months = new ArrayList<>();
        report.trend().forEach(m -> months.add(List.of(MONTH.format(m.month()), m.workingDays(), m.leaders(),
                m.regularUsers(), percent(m.regularShare()), m.documents().denominator(), m.documents().electronic(),
                percent(m.electronicShare()), m.documents().carvedOut())));
        tables.add(new Table(text("adoption.export.trend"), headers("month"), months));
        if (report.namesShown()) {
            tables.add(new Table(text("adoption.export.officials"), headers("official"),
                    report.officials().stream().map(this::official).toList()));
            tables.add(new Table(text("adoption.export.idle"), headers("official"),
                    report.leadersWithoutUse().stream().map(this::official).toList()));
        }
        return tables;
    }

    /**
     * The total row says it is the total, of what: an agency's own row and the total of it with its sub-agencies
     * would otherwise stand one under the other with the same code and name and different figures.
     */
    private List<Object> total(AgencyFigures a) {
        List<Object> row = new ArrayList<>(agency(a));
        row.set(0, "");
        row.set(1, text("adoption.export.total", scope()));
        return row;
    }

    private String scope() {
        String scope = report.scopeCode().isEmpty() ? text("adoption.export.cityWide")
                : report.scopeName() + " (" + report.scopeCode() + ")";
        return report.withSubAgencies() && !report.scopeCode().isEmpty()
                ? text("adoption.export.withSubAgencies", scope) : scope;
    }

    private List<Object> agency(AgencyFigures a) {
        String name = a.name() == null || a.name().isEmpty() ? text("adoption.export.cityWide") : a.name();
        return Arrays.asList(a.code(), name, a.leaders(), a.regularUsers(), percent(a.regularShare()),
                percent(a.regularGap()), a.documents().issued(), a.documents().denominator(),
                a.documents().electronic(), percent(a.electronicShare()), a.documents().classified(),
                a.documents().paperOnly());
    }

    private List<Object> official(OfficialFigures o) {
        return Arrays.asList(o.mailbox(), o.fullName(), o.agencyCode(), o.agencyName(), o.position(),
                o.leadership().name(), o.workingDays(), o.activeDays(), o.activeWorkingDays(),
                o.lastActive() == null ? "" : DAY.format(o.lastActive()), o.webmailLogins(), o.imapLogins(),
                o.pop3Logins(), o.sent(), o.received(), text(o.regular() ? "adoption.export.yes" : "adoption.export.no"));
    }

    private List<String> headers(String table) {
        return List.of(text("adoption.export.columns." + table).split("\\|"));
    }

    static Object percent(Double share) {
        return share == null ? "" : new Percent(share);
    }

    /**
     * A cell as people read it in the report's language: a percentage with one decimal, the decimal sign of the
     * language and a percent sign ("75,0%" in Vietnamese, "75.0%" in English). The PDF writes this; CSV keeps
     * {@link #format}, which other programs read back.
     */
    String display(Object cell) {
        if (cell instanceof Percent p) {
            return percentText(p.value(), 1);
        }
        return format(cell);
    }

    /** A share on the 0–100 scale with the given decimals and a percent sign, in the report's language. */
    String percentText(double value, int decimals) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(Messages.supported(locale));
        number.setMinimumFractionDigits(decimals);
        number.setMaximumFractionDigits(decimals);
        number.setGroupingUsed(false);
        return number.format(value) + "%";
    }

    static String format(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Percent p) {
            return String.format(Locale.ROOT, "%.1f", p.value());
        }
        if (cell instanceof LocalDate d) {
            return DAY.format(d);
        }
        if (cell instanceof YearMonth m) {
            return MONTH.format(m);
        }
        return cell.toString();
    }
}
