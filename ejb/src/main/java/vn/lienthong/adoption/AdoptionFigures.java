package vn.lienthong.adoption;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.adoption.internal.FigureQueries;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Caller;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.exchange.ExchangeFigures;
import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Role;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Số liệu mức độ sử dụng: the adoption figures for a period and an agency (with its sub-agencies) or the whole city.
 * Auditors see every agency and every person; everyone else sees only their own agency's aggregates, without names.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.CLERK_NAME, Role.LEADER_NAME})
public class AdoptionFigures {

    @Resource(lookup = "java:jboss/datasources/LienThongDS")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryService directory;

    @Inject
    AdoptionSettings settings;

    @Inject
    ExchangeFigures exchange;

    @Inject
    Clock clock;

    public AdoptionReport report(AdoptionQuery asked) {
        Caller caller = directory.caller();
        boolean auditor = caller.role() == Role.AUDITOR;
        AdoptionQuery query = asked;
        if (!auditor) {
            if (asked.agency() != null && !asked.agency().equals(caller.agency())) {
                throw new AccessDeniedException("access.otherAgency", asked.agency());
            }
            query = asked.forAgency(caller.agency(), false); // their own agency's aggregates, nothing below it
        }
        StoredCalendar stored = settings.calendar();
        if (!stored.covers(query.first(), query.last())) {
            throw new InvalidInputException("adoption.calendar.notCovered", stored.first(), stored.last());
        }
        Map<AgencyCode, String> agencies = scope(query);
        Set<String> codes = agencies.keySet().stream().map(AgencyCode::value).collect(Collectors.toSet());
        List<ReportAssembler.Posting> postings = em.createNamedQuery("Official.overlapping", Official.class)
                .setParameter("first", query.first()).setParameter("last", query.last()).getResultStream()
                .filter(o -> codes.contains(o.agency().value()))
                .map(o -> new ReportAssembler.Posting(o.id(), o.mailbox().address(), o.fullName(), o.agency(),
                        o.position().orElse(""), o.leadership(), o.effectiveFrom(), o.effectiveTo().orElse(null)))
                .toList();
        List<FigureQueries.PostingMonth> rows;
        try (Connection c = dataSource.getConnection()) {
            rows = FigureQueries.byPostingAndMonth(c, query.first(), query.last());
        } catch (SQLException e) {
            throw new IllegalStateException("Adoption figures not read: " + e.getMessage(), e);
        }
        String scopeName = query.agency() == null ? null : agencies.get(query.agency());
        return new ReportAssembler(query, stored.calendar(), settings.policy())
                .assemble(query.agency() == null ? "" : query.agency().value(), scopeName, postings, rows, agencies,
                        exchange.byAgencyAndMonth(query.first(), query.last()), auditor, clock.instant());
    }

    /** One mailbox's counts in a period, for checking a log against what was stored. Auditors only. */
    @RolesAllowed(Role.AUDITOR_NAME)
    public MailboxActivity mailbox(Mailbox mailbox, LocalDate first, LocalDate last) {
        new AdoptionQuery(first, last, null, false);
        try (Connection c = dataSource.getConnection()) {
            return FigureQueries.mailbox(c, mailbox.address(), first, last);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The report with people replaced by stable pseudonyms (HMAC of the mailbox with the server's secret). */
    public AdoptionReport conceal(AdoptionReport report, Locale locale) {
        return report.concealed(pseudonyms(settings.pseudonymSecret(), locale));
    }

    static Function<AdoptionReport.OfficialFigures, String> pseudonyms(byte[] secret, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return official -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                byte[] tag = mac.doFinal(official.mailbox().getBytes(StandardCharsets.UTF_8));
                String code = HexFormat.of().withUpperCase().formatHex(tag, 0, 4);
                String who = official.leader() ? (english ? "Leader" : "Lãnh đạo") : (english ? "Official" : "Cán bộ");
                return who + " #" + code;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The agencies the query covers, code to name: one, one with its descendants, or all. */
    private Map<AgencyCode, String> scope(AdoptionQuery query) {
        List<Agency> all = directory.agencies();
        Map<AgencyCode, String> result = new LinkedHashMap<>();
        if (query.agency() == null) {
            // The city's agencies: those reached only through the national platform are outside the audit.
            all.stream().filter(a -> a.reach() != vn.lienthong.directory.ExchangeReach.NATIONAL_PLATFORM)
                    .forEach(a -> result.put(a.code(), a.name()));
            return result;
        }
        Agency root = all.stream().filter(a -> a.code().equals(query.agency())).findFirst()
                .orElseThrow(() -> new vn.lienthong.directory.UnknownAgencyException(query.agency()));
        Deque<Agency> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Agency agency = todo.pop();
            result.put(agency.code(), agency.name());
            if (query.withSubAgencies()) {
                all.stream().filter(a -> a.parent().filter(agency.code()::equals).isPresent()).forEach(todo::add);
            }
        }
        return result;
    }
}
