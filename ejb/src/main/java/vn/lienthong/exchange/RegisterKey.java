package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;
import vn.lienthong.platform.ClockProducer;

import java.time.Instant;
import java.util.Objects;

/**
 * Which run of numbers a document takes its number from: one per agency, register, series and calendar year.
 * Numbers restart on 1 January because a new year is a new key. The year is the Vietnamese one, so a document
 * issued at 06:30 on 1 January in Hồ Chí Minh City (still 31 December in UTC) opens the new year's series.
 */
public record RegisterKey(AgencyCode agency, RegisterKind kind, RegisterSeries series, int year) {

    public RegisterKey {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(series, "series");
        if (year < 1945 || year > 9999) {
            throw new IllegalArgumentException("year " + year);
        }
    }

    public static RegisterKey at(AgencyCode agency, RegisterKind kind, RegisterSeries series, Instant when) {
        return new RegisterKey(agency, kind, series, when.atZone(ClockProducer.VIETNAM).getYear());
    }
}
