package vn.lienthong.adoption;

import vn.lienthong.directory.Leadership;
import vn.lienthong.exchange.ExchangeFigures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Báo cáo mức độ sử dụng: the figures for one period and scope, with the policy they were measured by. Shares are
 * percentages against the 100% target, {@code null} where there was nothing to measure (no leaders, no documents).
 *
 * @param scopeCode  the agency asked for, or {@code null} for the whole city
 * @param namesShown whether per-person rows are included: only for auditors
 */
public record AdoptionReport(LocalDate first, LocalDate last, String scopeCode, String scopeName,
                             boolean withSubAgencies, int thresholdPercent, int workingDays, boolean namesShown,
                             boolean namesConcealed, Instant generatedAt, AgencyFigures total,
                             List<AgencyFigures> agencies, List<MonthFigures> trend, List<OfficialFigures> officials,
                             List<OfficialFigures> leadersWithoutUse, List<AgencyFigures> leastAdopting,
                             List<AgencyFigures> mostAdopting) {

    /** The target both shares are measured against. */
    public static final int TARGET_PERCENT = 100;

    public RegularUsePolicy policy() {
        return new RegularUsePolicy(thresholdPercent);
    }

    /** The policy in words, as every report states it. */
    public String policyText(Locale locale) {
        return policy().describe(locale);
    }

    /** The same report with every person replaced by a stable pseudonym and their mailbox removed. */
    public AdoptionReport concealed(Function<OfficialFigures, String> pseudonym) {
        return new AdoptionReport(first, last, scopeCode, scopeName, withSubAgencies, thresholdPercent, workingDays,
                namesShown, true, generatedAt, total, agencies, trend,
                officials.stream().map(o -> o.as(pseudonym.apply(o))).toList(),
                leadersWithoutUse.stream().map(o -> o.as(pseudonym.apply(o))).toList(), leastAdopting, mostAdopting);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : part * 100.0 / whole;
    }

    /** One agency's leaders and documents (its own, not its sub-agencies', which have their own rows). */
    public record AgencyFigures(String code, String name, int leaders, int regularUsers,
                                ExchangeFigures.Counts documents) {

        /** Share of leaders using official email regularly. */
        public Double regularShare() {
            return percent(regularUsers, leaders);
        }

        /** Percentage points missing to the 100% target. */
        public Double regularGap() {
            Double share = regularShare();
            return share == null ? null : TARGET_PERCENT - share;
        }

        public Double electronicShare() {
            return documents.share();
        }

        public Double electronicGap() {
            Double share = electronicShare();
            return share == null ? null : TARGET_PERCENT - share;
        }

        AgencyFigures plus(AgencyFigures other) {
            return new AgencyFigures(code, name, leaders + other.leaders, regularUsers + other.regularUsers,
                    documents.plus(other.documents));
        }
    }

    /** One month of the trend, for the scope as a whole. */
    public record MonthFigures(YearMonth month, int workingDays, int leaders, int regularUsers,
                               ExchangeFigures.Counts documents) {

        public Double regularShare() {
            return percent(regularUsers, leaders);
        }

        public Double electronicShare() {
            return documents.share();
        }
    }

    /**
     * One official's use in the period, for one posting (someone who moved has a row per agency).
     *
     * @param mailbox    empty when names are concealed
     * @param lastActive the last active day in the period, or {@code null}
     */
    public record OfficialFigures(String mailbox, String fullName, String agencyCode, String agencyName,
                                  String position, Leadership leadership, int workingDays, int activeDays,
                                  int activeWorkingDays, LocalDate lastActive, long webmailLogins, long imapLogins,
                                  long pop3Logins, long sent, long received, boolean regular) {

        public long logins() {
            return webmailLogins + imapLogins + pop3Logins;
        }

        public boolean leader() {
            return leadership.countsForEmailTarget();
        }

        OfficialFigures as(String pseudonym) {
            return new OfficialFigures("", pseudonym, agencyCode, agencyName, position, leadership, workingDays,
                    activeDays, activeWorkingDays, lastActive, webmailLogins, imapLogins, pop3Logins, sent, received,
                    regular);
        }
    }
}
