package vn.lienthong.adoption;

import vn.lienthong.adoption.AdoptionReport.AgencyFigures;
import vn.lienthong.adoption.AdoptionReport.MonthFigures;
import vn.lienthong.adoption.AdoptionReport.OfficialFigures;
import vn.lienthong.adoption.internal.FigureQueries.PostingMonth;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Leadership;
import vn.lienthong.exchange.ExchangeFigures.Counts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the grouped per-posting-per-month rows into a report: working days per posting from the calendar, regular
 * use by the policy, agencies and months added up. No database here, so the rules are tested directly.
 *
 * <p>A month is judged on its own working days (those inside the period and the posting); the whole period is judged
 * the same way on all its working days, so for a single month the two agree.
 */
final class ReportAssembler {

    /** A posting as the report needs it. */
    record Posting(long id, String mailbox, String fullName, AgencyCode agency, String position, Leadership leadership,
                   LocalDate from, LocalDate to) {
    }

    private final AdoptionQuery query;
    private final WorkingCalendar calendar;
    private final RegularUsePolicy policy;
    private final int[] cumulative; // working days from query.first() up to each day, inclusive

    ReportAssembler(AdoptionQuery query, WorkingCalendar calendar, RegularUsePolicy policy) {
        this.query = query;
        this.calendar = calendar;
        this.policy = policy;
        int days = (int) ChronoUnit.DAYS.between(query.first(), query.last()) + 1;
        cumulative = new int[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            count += calendar.isWorkingDay(query.first().plusDays(i)) ? 1 : 0;
            cumulative[i] = count;
        }
    }

    /** Working days between two days, both included, clipped to the period. */
    int workingDays(LocalDate from, LocalDate to) {
        LocalDate a = from.isBefore(query.first()) ? query.first() : from;
        LocalDate b = to == null || to.isAfter(query.last()) ? query.last() : to;
        if (b.isBefore(a)) {
            return 0;
        }
        int end = (int) ChronoUnit.DAYS.between(query.first(), b);
        int start = (int) ChronoUnit.DAYS.between(query.first(), a);
        return cumulative[end] - (start == 0 ? 0 : cumulative[start - 1]);
    }

    /**
     * @param postings   the postings in scope (agency filter applied), overlapping the period
     * @param rows       their use, per month; postings without a row had no event at all
     * @param agencies   the agencies in scope, code to name, in display order
     * @param documents  documents per agency and month
     */
    AdoptionReport assemble(String scopeCode, String scopeName, List<Posting> postings, List<PostingMonth> rows,
                            Map<AgencyCode, String> agencies, Map<AgencyCode, Map<YearMonth, Counts>> documents,
                            boolean namesShown, Instant now) {
        Map<Long, List<PostingMonth>> usage = new HashMap<>();
        rows.forEach(r -> usage.computeIfAbsent(r.postingId(), id -> new ArrayList<>()).add(r));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(query.first()); !m.isAfter(YearMonth.from(query.last())); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<AgencyCode, int[]> perAgency = new LinkedHashMap<>(); // leaders, regular
        agencies.keySet().forEach(a -> perAgency.put(a, new int[2]));
        Map<YearMonth, int[]> perMonth = new TreeMap<>(); // leaders, regular
        months.forEach(m -> perMonth.put(m, new int[2]));
        List<OfficialFigures> officials = new ArrayList<>();

        // A leader is judged once per agency: a new position in the same agency opens a new posting, but the
        // person is still one leader there, judged on the working days and activity of both postings together.
        Map<String, Leader> leaders = new LinkedHashMap<>();
        Map<String, Integer> activeDaysByMailbox = new HashMap<>();
        List<OfficialFigures> inPostingOrder = new ArrayList<>();
        for (Posting posting : postings) {
            List<PostingMonth> used = usage.getOrDefault(posting.id(), List.of());
            OfficialFigures figures = official(posting, used, agencies.get(posting.agency()));
            officials.add(figures);
            inPostingOrder.add(figures);
            if (!figures.leader()) {
                continue;
            }
            activeDaysByMailbox.merge(posting.mailbox(), figures.activeDays(), Integer::sum);
            Leader leader = leaders.computeIfAbsent(posting.mailbox() + "|" + posting.agency().value(),
                    k -> new Leader(posting.agency(), new TreeMap<>()));
            leader.working += figures.workingDays();
            leader.activeWorking += figures.activeWorkingDays();
            for (YearMonth month : months) {
                int working = workingDays(max(month.atDay(1), posting.from()), min(month.atEndOfMonth(), posting.to()));
                if (working == 0) {
                    continue; // not in post, or no working day: neither counted nor judged that month
                }
                int active = used.stream().filter(r -> r.month().equals(month)).mapToInt(PostingMonth::activeWorkingDays).sum();
                int[] m = leader.months.computeIfAbsent(month, k -> new int[2]);
                m[0] += working;
                m[1] += active;
            }
        }
        for (Leader leader : leaders.values()) {
            int[] agency = perAgency.computeIfAbsent(leader.agency, a -> new int[2]);
            agency[0]++;
            agency[1] += policy.isRegular(leader.activeWorking, leader.working) ? 1 : 0;
            leader.months.forEach((month, days) -> {
                int[] m = perMonth.get(month);
                m[0]++;
                m[1] += policy.isRegular(days[1], days[0]) ? 1 : 0;
            });
        }

        List<AgencyFigures> agencyRows = new ArrayList<>();
        perAgency.forEach((code, counts) -> agencyRows.add(new AgencyFigures(code.value(),
                agencies.getOrDefault(code, code.value()), counts[0], counts[1], sum(documents.get(code), months))));
        AgencyFigures total = agencyRows.stream()
                .reduce(new AgencyFigures(scopeCode, scopeName, 0, 0, Counts.NONE), AgencyFigures::plus);
        List<MonthFigures> trend = new ArrayList<>();
        perMonth.forEach((month, counts) -> trend.add(new MonthFigures(month,
                workingDays(month.atDay(1), month.atEndOfMonth()), counts[0], counts[1],
                documents.entrySet().stream().filter(e -> agencies.containsKey(e.getKey()))
                        .map(e -> e.getValue().getOrDefault(month, Counts.NONE)).reduce(Counts.NONE, Counts::plus))));

        List<AgencyFigures> ranked = agencyRows.stream().filter(a -> a.leaders() > 0)
                .sorted(Comparator.comparing(AgencyFigures::regularShare).thenComparing(AgencyFigures::code)).toList();
        // Only an agency that some other one beats is among the least adopting, and only one that beats some other
        // among the most: when every agency stands level (all at 0%, say), neither list names anyone.
        Double lowest = ranked.isEmpty() ? null : ranked.get(0).regularShare();
        Double highest = ranked.isEmpty() ? null : ranked.get(ranked.size() - 1).regularShare();
        List<AgencyFigures> least = ranked.stream().filter(a -> a.regularShare() < highest).limit(3).toList();
        List<AgencyFigures> most = new ArrayList<>(ranked.stream().filter(a -> a.regularShare() > lowest).toList());
        java.util.Collections.reverse(most);
        most = most.subList(0, Math.min(3, most.size()));

        officials.sort(Comparator.comparing(OfficialFigures::agencyCode).thenComparing(OfficialFigures::fullName)
                .thenComparing(OfficialFigures::mailbox));
        // A leader with no activity in any of their postings in the period, listed once, in their latest posting.
        Map<String, Integer> latestIdle = new HashMap<>();
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            if (inPostingOrder.get(i).leader() && activeDaysByMailbox.getOrDefault(p.mailbox(), 0) == 0) {
                Integer seen = latestIdle.get(p.mailbox());
                if (seen == null || p.from().isAfter(postings.get(seen).from())) {
                    latestIdle.put(p.mailbox(), i);
                }
            }
        }
        List<OfficialFigures> idle = officials.stream()
                .filter(o -> latestIdle.containsKey(o.mailbox()) && inPostingOrder.get(latestIdle.get(o.mailbox())) == o)
                .toList();
        return new AdoptionReport(query.first(), query.last(), scopeCode, scopeName, query.withSubAgencies(),
                policy.thresholdPercent(), workingDays(query.first(), query.last()), namesShown, false, now, total,
                agencyRows, trend, namesShown ? officials : List.of(), namesShown ? idle : List.of(), least, List.copyOf(most));
    }

    /** One leader in one agency, over all their postings there in the period. */
    private static final class Leader {
        final AgencyCode agency;
        final Map<YearMonth, int[]> months; // working days, active working days
        int working;
        int activeWorking;

        Leader(AgencyCode agency, Map<YearMonth, int[]> months) {
            this.agency = agency;
            this.months = months;
        }
    }

    private OfficialFigures official(Posting posting, List<PostingMonth> used, String agencyName) {
        int working = workingDays(posting.from(), posting.to());
        int active = 0;
        int activeWorking = 0;
        long webmail = 0;
        long imap = 0;
        long pop3 = 0;
        long sent = 0;
        long received = 0;
        LocalDate last = null;
        for (PostingMonth r : used) {
            active += r.activeDays();
            activeWorking += r.activeWorkingDays();
            webmail += r.webmailLogins();
            imap += r.imapLogins();
            pop3 += r.pop3Logins();
            sent += r.sent();
            received += r.received();
            if (r.lastActive() != null && (last == null || r.lastActive().isAfter(last))) {
                last = r.lastActive();
            }
        }
        return new OfficialFigures(posting.mailbox(), posting.fullName(), posting.agency().value(),
                agencyName == null ? posting.agency().value() : agencyName, posting.position(), posting.leadership(),
                working, active, activeWorking, last, webmail, imap, pop3, sent, received,
                policy.isRegular(activeWorking, working));
    }

    private static Counts sum(Map<YearMonth, Counts> byMonth, List<YearMonth> months) {
        if (byMonth == null) {
            return Counts.NONE;
        }
        Set<YearMonth> wanted = Set.copyOf(months);
        return byMonth.entrySet().stream().filter(e -> wanted.contains(e.getKey())).map(Map.Entry::getValue)
                .reduce(Counts.NONE, Counts::plus);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
