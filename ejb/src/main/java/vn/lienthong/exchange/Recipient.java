package vn.lienthong.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.lienthong.directory.AgencyCode;

import java.util.Objects;

/** Nơi nhận: an agency a document goes to, as a main recipient or as one of the other places (ToPlaces). */
@Embeddable
public class Recipient {

    @Column(name = "agency_code", nullable = false, length = 13)
    private String agencyCode;

    @Column(name = "main", nullable = false)
    private boolean main;

    protected Recipient() {
    }

    public Recipient(AgencyCode agency, boolean main) {
        this.agencyCode = Objects.requireNonNull(agency, "agency").value();
        this.main = main;
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public boolean main() {
        return main;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recipient other && agencyCode.equals(other.agencyCode);
    }

    @Override
    public int hashCode() {
        return agencyCode.hashCode();
    }
}
