package vn.lienthong.content;

/** How a text extraction ended. Only {@link #OK} and {@link #TRUNCATED} carry text. */
public enum Outcome {
    OK, TRUNCATED, TIMED_OUT, REFUSED, MALFORMED
}
