package vn.lienthong.adoption;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Leadership;
import vn.lienthong.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the officials directory as it is typed or exchanged in CSV: a person's posting from a date.
 *
 * @param effectiveTo the last day of the posting, or {@code null} while it lasts
 */
public record OfficialRecord(Mailbox mailbox, String fullName, AgencyCode agency, String position,
                             Leadership leadership, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public OfficialRecord {
        Objects.requireNonNull(mailbox, "mailbox");
        fullName = requireName(fullName);
        Objects.requireNonNull(agency, "agency");
        position = position == null || position.isBlank() ? null : position.strip();
        Objects.requireNonNull(leadership, "leadership");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new InvalidInputException("adoption.official.endBeforeStart", mailbox, effectiveTo, effectiveFrom);
        }
        if (mailbox.address().indexOf('@') < 1) {
            throw new InvalidInputException("adoption.mailbox.invalid", mailbox.address());
        }
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("adoption.official.nameRequired");
        }
        return name.strip();
    }
}
