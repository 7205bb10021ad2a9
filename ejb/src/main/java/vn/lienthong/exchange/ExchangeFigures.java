package vn.lienthong.exchange;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.ClockProducer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tỷ lệ văn bản điện tử: per agency and month, the documents issued and how many were sent electronically, with the
 * carved-out ones (classified, paper-only) counted beside the denominator rather than in it. Read by the adoption
 * audit; callers check who may see which agency.
 */
@Stateless
@PermitAll
public class ExchangeFigures {

    /** One agency's documents in one month (or any period, once added up). */
    public record Counts(long issued, long electronic, long classified, long paperOnly) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        /** Documents that should have travelled electronically: the target's denominator. */
        public long denominator() {
            return issued - classified - paperOnly;
        }

        public long carvedOut() {
            return classified + paperOnly;
        }

        /** Percentage sent electronically, or {@code null} when nothing was owed. */
        public Double share() {
            return denominator() == 0 ? null : electronic * 100.0 / denominator();
        }

        /** The same contribution made by {@code n} documents. */
        Counts times(long n) {
            return new Counts(issued * n, electronic * n, classified * n, paperOnly * n);
        }

        public Counts plus(Counts other) {
            return new Counts(issued + other.issued, electronic + other.electronic, classified + other.classified,
                    paperOnly + other.paperOnly);
        }
    }

    @Resource(lookup = "java:jboss/datasources/LienThongDS")
    DataSource dataSource;

    /**
     * Documents given a number between the two days (Vietnam's dates, both included), per agency and month of issue.
     * Sent electronically means sent through the exchange; an issued document not sent yet counts as owed.
     * The database counts, one month at a time (months begin at Vietnam's midnight, which no portable SQL date
     * function knows), so a year is twelve grouped reads of the issue-date index, not 10^5 rows brought over.
     */
    public Map<AgencyCode, Map<YearMonth, Counts>> byAgencyAndMonth(LocalDate first, LocalDate last) {
        Map<AgencyCode, Map<YearMonth, Counts>> result = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT agency_code, secrecy, paper_only, status, COUNT(*) FROM outgoing_document "
                        + "WHERE issued_at >= ? AND issued_at < ? AND status <> 'DRAFT' "
                        + "GROUP BY agency_code, secrecy, paper_only, status")) {
            for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
                LocalDate from = first.isAfter(month.atDay(1)) ? first : month.atDay(1);
                LocalDate to = last.isBefore(month.atEndOfMonth()) ? last : month.atEndOfMonth();
                s.setTimestamp(1, Timestamp.from(from.atStartOfDay(ClockProducer.VIETNAM).toInstant()));
                s.setTimestamp(2, Timestamp.from(to.plusDays(1).atStartOfDay(ClockProducer.VIETNAM).toInstant()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Counts one = classify(Secrecy.valueOf(r.getString(2)), r.getBoolean(3),
                                OutgoingStatus.valueOf(r.getString(4)));
                        result.computeIfAbsent(new AgencyCode(r.getString(1)), a -> new TreeMap<>())
                                .merge(month, one.times(r.getLong(5)), Counts::plus);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Exchange figures not read: " + e.getMessage(), e);
        }
        return result;
    }

    /** One document's contribution: the carve-out rules are {@link CarveOut#of}'s, classified winning. */
    static Counts classify(Secrecy secrecy, boolean paperOnly, OutgoingStatus status) {
        return CarveOut.of(secrecy, paperOnly).map(reason -> reason == CarveOut.CLASSIFIED
                        ? new Counts(1, 0, 1, 0) : new Counts(1, 0, 0, 1))
                .orElse(new Counts(1, status.sentElectronically() ? 1 : 0, 0, 0));
    }
}
