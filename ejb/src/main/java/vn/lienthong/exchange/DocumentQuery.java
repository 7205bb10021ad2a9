package vn.lienthong.exchange;

import vn.lienthong.directory.AgencyCode;

import java.time.LocalDate;

/**
 * What a clerk searches by; every part may be left out. {@code words} match the subject without regard to
 * diacritics or case; {@code number} matches the number and notation as written ("15/STTTT-VP" or part of it);
 * {@code counterpart} is the other agency (recipient of an outgoing document, sender of an incoming one);
 * the dates bound the issue date (outgoing) or arrival date (incoming), both inclusive.
 */
public record DocumentQuery(String words, String number, AgencyCode counterpart, LocalDate from, LocalDate to,
                            String status) {
}
