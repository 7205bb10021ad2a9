package vn.lienthong.mail;

import java.time.LocalDate;

/**
 * What to look for on the server; blank fields are left out, all others must match.
 *
 * @param since first day included, or {@code null}
 * @param until last day included, or {@code null}
 */
public record SearchQuery(String subject, String from, String body, LocalDate since, LocalDate until) {

    public static SearchQuery subject(String subject) {
        return new SearchQuery(subject, null, null, null, null);
    }

    public boolean isEmpty() {
        return isBlank(subject) && isBlank(from) && isBlank(body) && since == null && until == null;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
