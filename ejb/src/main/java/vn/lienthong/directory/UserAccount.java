package vn.lienthong.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.lienthong.platform.InvalidInputException;
import vn.lienthong.platform.Role;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tài khoản: a person who signs in to LienThong. The password is kept only as a salted, iterated bcrypt hash
 * in modular-crypt form, which the server's Elytron jdbc-realm checks at login.
 */
@Entity
@Cacheable
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByAgency",
        query = "SELECT u FROM UserAccount u WHERE u.agencyCode = :agency ORDER BY u.role, u.username")
@NamedQuery(name = "UserAccount.findAll", query = "SELECT u FROM UserAccount u ORDER BY u.agencyCode, u.role, u.username")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "agency_code", nullable = false, length = 13)
    private String agencyCode;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "position")
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "leadership", nullable = false, length = 16)
    private Leadership leadership;

    @Column(name = "mailbox")
    private String mailbox;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Role role, AgencyCode agency, String fullName,
                       String position, Leadership leadership, String mailbox, Instant createdAt) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("account.username.invalid", username);
        }
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidInputException("account.fullname.required");
        }
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.agencyCode = Objects.requireNonNull(agency, "agency").value();
        this.fullName = fullName.strip();
        this.position = position;
        this.leadership = role == Role.LEADER ? Objects.requireNonNull(leadership, "leadership") : Leadership.NONE;
        this.mailbox = mailbox;
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public String fullName() {
        return fullName;
    }

    public Optional<String> position() {
        return Optional.ofNullable(position);
    }

    public Leadership leadership() {
        return leadership;
    }

    public Optional<String> mailbox() {
        return Optional.ofNullable(mailbox);
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Only for the realm's own format checks in tests; never shown or logged. */
    String passwordHash() {
        return passwordHash;
    }
}
