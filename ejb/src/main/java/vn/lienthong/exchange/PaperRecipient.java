package vn.lienthong.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.InvalidInputException;

import java.util.Objects;
import java.util.Optional;

/**
 * Nơi nhận of a paper dispatch: an agency of the directory, or a recipient outside it named as on the envelope
 * (a ministry's office, a court, a person).
 */
@Embeddable
public class PaperRecipient {

    @Column(name = "agency_code", length = 13)
    private String agencyCode;

    @Column(name = "external_name")
    private String externalName;

    protected PaperRecipient() {
    }

    private PaperRecipient(String agencyCode, String externalName) {
        this.agencyCode = agencyCode;
        this.externalName = externalName;
    }

    public static PaperRecipient agency(AgencyCode code) {
        return new PaperRecipient(Objects.requireNonNull(code, "code").value(), null);
    }

    public static PaperRecipient external(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("paperDispatch.recipient.blank");
        }
        if (name.strip().length() > 255) {
            throw new InvalidInputException("paperDispatch.recipient.tooLong", 255);
        }
        return new PaperRecipient(null, name.strip());
    }

    public Optional<AgencyCode> agencyCode() {
        return Optional.ofNullable(agencyCode).map(AgencyCode::new);
    }

    public Optional<String> externalName() {
        return Optional.ofNullable(externalName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaperRecipient other && Objects.equals(agencyCode, other.agencyCode)
                && Objects.equals(externalName == null ? null : VietnameseText.fold(externalName),
                other.externalName == null ? null : VietnameseText.fold(other.externalName));
    }

    @Override
    public int hashCode() {
        return Objects.hash(agencyCode, externalName == null ? null : VietnameseText.fold(externalName));
    }
}
