package vn.lienthong.adoption;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.adoption.internal.CalendarTable;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Role;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What figures are measured against: the working calendar (administrators correct it) and the regular-use policy
 * (auditors set it). Both live in the database; the calendar is seeded from the shipped one at start-up.
 */
@Stateless
@PermitAll
public class AdoptionSettings {

    static final String THRESHOLD = "policy.thresholdPercent";
    static final String PSEUDONYM_SECRET = "pseudonym.secret";
    /** Dates in messages read as on the page. */
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Resource(lookup = "java:jboss/datasources/LienThongDS")
    DataSource dataSource;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public StoredCalendar calendar() {
        try (Connection c = dataSource.getConnection()) {
            return CalendarTable.load(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The calendar's exceptions in one year, for the administrator's page. */
    public List<CalendarEntry> exceptions(int year) {
        return calendar().calendar().exceptions().stream().filter(e -> e.date().getYear() == year).toList();
    }

    /** Corrects one date: {@code kind} {@code null} makes it an ordinary weekday or weekend day again. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void correctDay(LocalDate day, CalendarDayKind kind, String name) {
        String shown = day.format(DAY);
        if (kind != null && (name == null || name.isBlank())) {
            throw new InvalidInputException("adoption.calendar.nameRequired", shown);
        }
        if (kind != null && !kind.fits(day)) {
            throw new InvalidInputException("adoption.calendar.kindDoesNotFit", shown);
        }
        try (Connection c = dataSource.getConnection()) {
            if (!CalendarTable.correct(c, day, kind, name)) {
                StoredCalendar stored = calendar();
                throw new InvalidInputException("adoption.calendar.dayNotCovered", shown,
                        stored.first() == null ? shown : stored.first().format(DAY),
                        stored.last() == null ? shown : stored.last().format(DAY));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        audit.record(AuditAction.CALENDAR_CORRECTED, null, "calendar:" + day, AuditOutcome.SUCCESS,
                kind == null ? "ordinary day" : kind + " " + name.strip());
    }

    public RegularUsePolicy policy() {
        return new RegularUsePolicy(Integer.parseInt(read(THRESHOLD).orElse("80")));
    }

    @RolesAllowed(Role.AUDITOR_NAME)
    public RegularUsePolicy setPolicy(int thresholdPercent) {
        RegularUsePolicy policy = new RegularUsePolicy(thresholdPercent);
        RegularUsePolicy before = policy();
        write(THRESHOLD, Integer.toString(thresholdPercent));
        audit.record(AuditAction.ADOPTION_POLICY_CHANGED, null, "adoption:policy", AuditOutcome.SUCCESS,
                before.thresholdPercent() + "% -> " + thresholdPercent + "%");
        return policy;
    }

    /** The server's secret for stable pseudonyms, made on first use and never shown. */
    public byte[] pseudonymSecret() {
        Optional<String> secret = read(PSEUDONYM_SECRET);
        if (secret.isPresent()) {
            return HexFormat.of().parseHex(secret.get());
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        write(PSEUDONYM_SECRET, HexFormat.of().formatHex(fresh));
        return HexFormat.of().parseHex(read(PSEUDONYM_SECRET).orElseThrow());
    }

    private Optional<String> read(String name) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT setting_value FROM adoption_setting WHERE setting_name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String name, String value) {
        try (Connection c = dataSource.getConnection()) {
            String actor = session.getCallerPrincipal().getName();
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement update = c.prepareStatement("UPDATE adoption_setting SET setting_value = ?, "
                    + "changed_by = ?, changed_at = ? WHERE setting_name = ?")) {
                update.setString(1, value);
                update.setString(2, actor);
                update.setTimestamp(3, now);
                update.setString(4, name);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO adoption_setting "
                    + "(setting_value, changed_by, changed_at, setting_name) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, value);
                insert.setString(2, actor);
                insert.setTimestamp(3, now);
                insert.setString(4, name);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
