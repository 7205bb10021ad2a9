package vn.lienthong.adoption;

import vn.lienthong.adoption.internal.CalendarTable;
import vn.lienthong.adoption.internal.FigureQueries;
import vn.lienthong.adoption.internal.MailboxMonths;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Leadership;
import vn.lienthong.exchange.ExchangeFigures;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Adoption figures benchmark: 10,000 leaders in 100 agencies, one year of use (about 20 million usage events, kept
 * as the per-mailbox-per-day aggregates the store maintains), then the city-wide per-agency figures for a month and
 * for the whole year, timed through the same query and assembly the server runs.
 *
 * It lives in the adoption package to reach the package-private assembler; it is compiled apart, never shipped.
 *
 * Usage: java vn.lienthong.adoption.AdoptionFiguresBench load|measure JDBC_URL USER PASSWORD MIGRATIONS_DIR
 */
public class AdoptionFiguresBench {

    static final int AGENCIES = 100;
    static final int LEADERS = 10_000;
    static final int YEAR = 2025;
    static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        String url = args[1];
        try (Connection c = DriverManager.getConnection(url, args[2], args[3])) {
            if (args[0].equals("load")) {
                migrate(c, Path.of(args[4]));
                load(c);
            }
            measure(c, url);
        }
    }

    static void migrate(Connection c, Path migrations) throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(migrations)) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        try (Statement s = c.createStatement()) {
            for (Path script : scripts) {
                for (String statement : Files.readString(script).replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        }
    }

    static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    static void load(Connection c) throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement agency = c.prepareStatement(
                "INSERT INTO agency (code, name, parent_code, reach) VALUES (?, ?, ?, 'LIENTHONG')")) {
            agency.setString(1, "000.00.00.H29");
            agency.setString(2, "Ủy ban nhân dân Thành phố");
            agency.setString(3, null);
            agency.executeUpdate();
            for (int a = 1; a < AGENCIES; a++) {
                agency.setString(1, code(a));
                agency.setString(2, "Cơ quan số " + a);
                agency.setString(3, "000.00.00.H29");
                agency.addBatch();
            }
            agency.executeBatch();
        }
        CalendarTable.seedIfEmpty(c, WorkingCalendar.vietnam());
        WorkingCalendar calendar = WorkingCalendar.vietnam();
        SplittableRandom random = new SplittableRandom(2025);
        long events = 0;
        long dayRows = 0;
        try (PreparedStatement posting = c.prepareStatement("INSERT INTO official_posting (mailbox, full_name, "
                + "agency_code, position, leadership, effective_from) VALUES (?, ?, ?, 'Giám đốc', ?, ?)");
             PreparedStatement day = c.prepareStatement("INSERT INTO mailbox_day (mailbox, activity_day, "
                     + "webmail_logins, webmail_reads, imap_logins, pop3_logins, failed_logins, messages_sent, "
                     + "messages_received, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int l = 0; l < LEADERS; l++) {
                String mailbox = "lanhdao" + l + "@tphcm.gov.vn";
                posting.setString(1, mailbox);
                posting.setString(2, "Lãnh đạo " + l);
                posting.setString(3, code(l % AGENCIES));
                posting.setString(4, l % 3 == 0 ? Leadership.MANAGER.name() : Leadership.LEADER.name());
                posting.setDate(5, Date.valueOf(LocalDate.of(2020, 1, 1)));
                posting.addBatch();
                // Each leader has a habit: some use email nearly every working day, some seldom, a few never.
                double habit = l % 20 == 0 ? 0 : random.nextDouble(0.2, 1.0);
                for (LocalDate d = LocalDate.of(YEAR, 1, 1); d.getYear() == YEAR; d = d.plusDays(1)) {
                    boolean working = calendar.isWorkingDay(d);
                    boolean active = random.nextDouble() < (working ? habit : habit / 10);
                    int received = working ? random.nextInt(0, 8) : random.nextInt(0, 2);
                    if (!active && received == 0) {
                        continue;
                    }
                    int webmail = active ? random.nextInt(0, 3) : 0;
                    int imap = active ? random.nextInt(webmail == 0 ? 1 : 0, 5) : 0;
                    int sent = active ? random.nextInt(0, 4) : 0;
                    int reads = webmail > 0 ? random.nextInt(0, 6) : 0;
                    day.setString(1, mailbox);
                    day.setDate(2, Date.valueOf(d));
                    day.setInt(3, webmail);
                    day.setInt(4, reads);
                    day.setInt(5, imap);
                    day.setInt(6, 0);
                    day.setInt(7, 0);
                    day.setInt(8, sent);
                    day.setInt(9, received);
                    day.setBoolean(10, active);
                    day.addBatch();
                    // every login pairs with a logout in the logs
                    events += 2L * imap + webmail + reads + sent + received;
                    if (++dayRows % 10_000 == 0) {
                        day.executeBatch();
                    }
                }
                if (l % 500 == 499) {
                    posting.executeBatch();
                    c.commit();
                }
            }
            posting.executeBatch();
            day.executeBatch();
        }
        try (PreparedStatement doc = c.prepareStatement("INSERT INTO outgoing_document (agency_code, document_type, "
                + "subject, subject_folded, notation, signer_position, signer_name, place, priority, steering_type, "
                + "secrecy, paper_only, status, issued_at, created_by, created_at) VALUES (?, 'REPORT', 'Báo cáo', "
                + "'bao cao', 'VP', 'Giám đốc', 'A', 'TP', 'NORMAL', 'NONE', ?, ?, ?, ?, 'bench', ?)")) {
            for (int i = 0; i < 120_000; i++) {
                Timestamp at = Timestamp.from(LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365))
                        .atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(7)).plusSeconds(9 * 3600));
                int kind = random.nextInt(100);
                doc.setString(1, code(random.nextInt(AGENCIES)));
                doc.setString(2, kind < 3 ? "MAT" : "THUONG");
                doc.setBoolean(3, kind >= 3 && kind < 6);
                doc.setString(4, kind < 6 ? "PAPER_DISPATCHED" : kind < 90 ? "SENT" : "ISSUED");
                doc.setTimestamp(5, at);
                doc.setTimestamp(6, at);
                doc.addBatch();
                if (i % 10_000 == 9_999) {
                    doc.executeBatch();
                }
            }
            doc.executeBatch();
        }
        c.commit();
        // The store keeps mailbox_month as it adds day rows; day rows written directly get theirs in one pass.
        long months = System.nanoTime();
        MailboxMonths.recountAll(c);
        c.commit();
        c.setAutoCommit(true);
        System.out.printf("mailbox_month rebuilt from the day rows in %.1f s%n", (System.nanoTime() - months) / 1e9);
        System.out.printf("loaded: %,d leaders in %d agencies, %,d usage events as %,d mailbox-day rows, "
                + "120,000 documents, in %.1f s%n", LEADERS, AGENCIES, events, dayRows,
                (System.nanoTime() - start) / 1e9);
    }

    static void measure(Connection c, String url) throws Exception {
        Stats stats = new Stats();
        StoredCalendar calendar = CalendarTable.load(c);
        ExchangeFigures exchange = new ExchangeFigures();
        var field = ExchangeFigures.class.getDeclaredField("dataSource");
        field.setAccessible(true);
        field.set(exchange, new SingleConnection(c));
        // On H2 the database runs in this JVM, so the process's CPU time is the figures' whole cost, apart from the
        // waiting that a machine shared with other builds adds to the wall time.
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (String period : new String[]{"month", "year"}) {
            double[] seconds = new double[RUNS];
            double[] cpu = new double[RUNS];
            AdoptionReport report = null;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                long cpuStart = os.getProcessCpuTime();
                AdoptionQuery query = period.equals("month") ? AdoptionQuery.month(YearMonth.of(YEAR, 11), null)
                        : new AdoptionQuery(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), null, true);
                report = figures(c, query, calendar, exchange);
                seconds[run] = (System.nanoTime() - start) / 1e9;
                cpu[run] = (os.getProcessCpuTime() - cpuStart) / 1e9;
            }
            Arrays.sort(seconds);
            Arrays.sort(cpu);
            System.out.printf("%s city-wide (%s .. %s): %d agencies, %,d leaders, %,d regular, electronic %.1f%%, "
                            + "median %.3f s (min %.3f, max %.3f) over %d runs; this JVM's CPU median %.3f s%n", period,
                    report.first(), report.last(), report.agencies().size(), report.total().leaders(),
                    report.total().regularUsers(), report.total().electronicShare(), seconds[RUNS / 2], seconds[0],
                    seconds[RUNS - 1], RUNS, cpu[RUNS / 2]);
            stats.put(period, seconds[RUNS / 2]);
        }
        System.out.printf("RESULT db=%s month_median_seconds=%.3f year_median_seconds=%.3f%n",
                url.startsWith("jdbc:h2") ? "h2" : "postgresql", stats.get("month"), stats.get("year"));
    }

    /** What AdoptionFigures.report does for an auditor, with JDBC in place of JPA for the postings. */
    static AdoptionReport figures(Connection c, AdoptionQuery query, StoredCalendar calendar,
                                  ExchangeFigures exchange) throws SQLException {
        Map<AgencyCode, String> agencies = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code, name FROM agency ORDER BY code")) {
            while (r.next()) {
                agencies.put(new AgencyCode(r.getString(1)), r.getString(2));
            }
        }
        List<ReportAssembler.Posting> postings = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, mailbox, full_name, agency_code, position, leadership, "
                + "effective_from, effective_to FROM official_posting WHERE effective_from <= ? "
                + "AND (effective_to IS NULL OR effective_to >= ?)")) {
            s.setDate(1, Date.valueOf(query.last()));
            s.setDate(2, Date.valueOf(query.first()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    postings.add(new ReportAssembler.Posting(r.getLong(1), r.getString(2), r.getString(3),
                            new AgencyCode(r.getString(4)), r.getString(5), Leadership.valueOf(r.getString(6)),
                            r.getDate(7).toLocalDate(), r.getDate(8) == null ? null : r.getDate(8).toLocalDate()));
                }
            }
        }
        List<FigureQueries.PostingMonth> rows = FigureQueries.byPostingAndMonth(c, query.first(), query.last());
        return new ReportAssembler(query, calendar.calendar(), RegularUsePolicy.DEFAULT).assemble("", null, postings,
                rows, agencies, exchange.byAgencyAndMonth(query.first(), query.last()), true, Instant.now());
    }

    static String code(int agency) {
        return agency == 0 ? "000.00.00.H29" : String.format("000.%02d.%02d.H29", agency / 100, agency % 100);
    }

    static final class Stats extends LinkedHashMap<String, Double> {
    }

    /** Hands ExchangeFigures the benchmark's connection, which it must not close. */
    static final class SingleConnection implements DataSource {
        private final Connection connection;

        SingleConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection getConnection() {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> method.getName().equals("close")
                            ? null : method.invoke(connection, args));
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
