package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;

import vn.lienthong.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a clerk searches by; every part may be left out. {@code words} match the subject without regard to
 * diacritics or case; {@code number} matches the number and notation as written ("15/STTTT-VP" or part of it);
 * {@code counterpart} is the other agency (recipient of an outgoing document, sender of an incoming one);
 * the dates bound the issue date (outgoing) or arrival date (incoming), both inclusive; {@code status} is an
 * {@link OutgoingStatus} or a {@link DeliveryStatus} by name, and an unknown one is refused rather than finding nothing.
 */
public record DocumentQuery(String words, String number, AgencyCode counterpart, LocalDate from, LocalDate to,
                            String status) {

    public DocumentQuery {
        if (status != null && !status.isBlank() && Stream.concat(Arrays.stream(OutgoingStatus.values()),
                Arrays.stream(DeliveryStatus.values())).noneMatch(s -> s.name().equals(status.strip()))) {
            throw new InvalidInputException("search.status.unknown", status, Stream.concat(
                    Arrays.stream(OutgoingStatus.values()), Arrays.stream(DeliveryStatus.values()))
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
