package vn.lienthong.web.platform;

import java.util.List;

/**
 * RFC 9457 problem details, as every API failure is answered. {@code incident} ties a 500 to the server log;
 * {@code violations} names the fields that failed validation.
 */
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            String incident, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation, with the reason in the reader's language. */
    public record Violation(String field, String message) {
    }
}
