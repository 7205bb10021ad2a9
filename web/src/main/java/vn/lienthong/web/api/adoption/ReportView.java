package vn.lienthong.web.api.adoption;

import vn.lienthong.adoption.AdoptionReport;
import vn.lienthong.exchange.ExchangeFigures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The adoption figures as the API gives them: every share beside the 100% target and its gap, the carved-out
 * documents beside the denominator, and the policy the figures were measured by, in words.
 */
public record ReportView(LocalDate from, LocalDate to, String agencyCode, String agencyName, boolean withSubAgencies,
                         PolicyView policy, int workingDays, int targetPercent, boolean namesShown,
                         boolean namesConcealed, Instant generatedAt, AgencyView total, List<AgencyView> agencies,
                         List<MonthView> trend, List<OfficialView> officials, List<OfficialView> leadersWithoutUse,
                         List<AgencyView> leastAdopting, List<AgencyView> mostAdopting) {

    public record PolicyView(int thresholdPercent, String description) {
    }

    public record DocumentsView(long issued, long denominator, long electronic, Double electronicShare,
                                Double gapToTarget, long carvedOut, long carvedOutClassified,
                                long carvedOutPaperOnly) {

        static DocumentsView of(ExchangeFigures.Counts c) {
            Double share = c.share();
            return new DocumentsView(c.issued(), c.denominator(), c.electronic(), share,
                    share == null ? null : AdoptionReport.TARGET_PERCENT - share, c.carvedOut(), c.classified(),
                    c.paperOnly());
        }
    }

    public record AgencyView(String code, String name, int leaders, int regularUsers, Double regularShare,
                             Double gapToTarget, DocumentsView documents) {

        static AgencyView of(AdoptionReport.AgencyFigures a) {
            return new AgencyView(a.code(), a.name(), a.leaders(), a.regularUsers(), a.regularShare(), a.regularGap(),
                    DocumentsView.of(a.documents()));
        }
    }

    public record MonthView(String month, int workingDays, int leaders, int regularUsers, Double regularShare,
                            DocumentsView documents) {

        static MonthView of(AdoptionReport.MonthFigures m) {
            return new MonthView(m.month().toString(), m.workingDays(), m.leaders(), m.regularUsers(),
                    m.regularShare(), DocumentsView.of(m.documents()));
        }
    }

    public record OfficialView(String mailbox, String fullName, String agencyCode, String agencyName,
                               String position, String leadership, int workingDays, int activeDays,
                               int activeWorkingDays, LocalDate lastActive, long webmailLogins, long imapLogins,
                               long pop3Logins, long sent, long received, boolean regular) {

        static OfficialView of(AdoptionReport.OfficialFigures o) {
            return new OfficialView(o.mailbox(), o.fullName(), o.agencyCode(), o.agencyName(), o.position(),
                    o.leadership().name(), o.workingDays(), o.activeDays(), o.activeWorkingDays(), o.lastActive(),
                    o.webmailLogins(), o.imapLogins(), o.pop3Logins(), o.sent(), o.received(), o.regular());
        }
    }

    static ReportView of(AdoptionReport r, Locale locale) {
        return new ReportView(r.first(), r.last(), r.scopeCode().isEmpty() ? null : r.scopeCode(), r.scopeName(),
                r.withSubAgencies(), new PolicyView(r.thresholdPercent(), r.policyText(locale)), r.workingDays(),
                AdoptionReport.TARGET_PERCENT, r.namesShown(), r.namesConcealed(), r.generatedAt(),
                AgencyView.of(r.total()), r.agencies().stream().map(AgencyView::of).toList(),
                r.trend().stream().map(MonthView::of).toList(), r.officials().stream().map(OfficialView::of).toList(),
                r.leadersWithoutUse().stream().map(OfficialView::of).toList(),
                r.leastAdopting().stream().map(AgencyView::of).toList(),
                r.mostAdopting().stream().map(AgencyView::of).toList());
    }
}
