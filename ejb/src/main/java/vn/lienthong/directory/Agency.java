package vn.lienthong.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;
import java.util.Optional;

/** Cơ quan: an administrative agency that sends and receives official documents. */
@Entity
@Cacheable
@Table(name = "agency")
@NamedQuery(name = "Agency.findAll", query = "SELECT a FROM Agency a ORDER BY a.code")
public class Agency {

    /** The code is the natural key; JPA converters do not apply to ids, so it is kept as text here. */
    @Id
    @Column(name = "code", length = 13)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "parent_code", length = 13)
    private String parentCode;

    @Column(name = "official_email")
    private String officialEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "reach", nullable = false, length = 20)
    private ExchangeReach reach;

    @Version
    @Column(name = "version")
    private long version;

    protected Agency() {
    }

    public Agency(AgencyCode code, String name, AgencyCode parent, String officialEmail, ExchangeReach reach) {
        this.code = Objects.requireNonNull(code, "code").value();
        this.name = requireText(name);
        this.parentCode = parent == null ? null : parent.value();
        this.officialEmail = officialEmail;
        this.reach = Objects.requireNonNull(reach, "reach");
    }

    private static String requireText(String name) {
        if (name == null || name.isBlank()) {
            throw new vn.lienthong.platform.InvalidInputException("agency.name.required");
        }
        return name.strip();
    }

    /** An administrator corrects the agency's details; its code, the natural key, never changes. */
    public void revise(String name, AgencyCode parent, String officialEmail, ExchangeReach reach) {
        if (parent != null && parent.value().equals(code)) {
            throw new vn.lienthong.platform.InvalidInputException("agency.parent.self", code);
        }
        this.name = requireText(name);
        this.parentCode = parent == null ? null : parent.value();
        this.officialEmail = officialEmail;
        this.reach = Objects.requireNonNull(reach, "reach");
    }

    public AgencyCode code() {
        return new AgencyCode(code);
    }

    public String name() {
        return name;
    }

    public Optional<AgencyCode> parent() {
        return Optional.ofNullable(parentCode).map(AgencyCode::new);
    }

    public Optional<String> officialEmail() {
        return Optional.ofNullable(officialEmail);
    }

    public ExchangeReach reach() {
        return reach;
    }
}
