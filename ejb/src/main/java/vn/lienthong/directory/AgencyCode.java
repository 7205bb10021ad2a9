package vn.lienthong.directory;

import vn.lienthong.platform.InvalidInputException;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Mã định danh: the 13-character identifier of an agency, e.g. {@code 000.00.00.H29} (UBND TP.HCM).
 * Treated as opaque beyond its shape, since the 2022 amendment changed what the levels mean.
 */
public record AgencyCode(String value) implements Serializable, Comparable<AgencyCode> {

    private static final Pattern SHAPE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

    public AgencyCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("agency.code.invalid", value);
        }
    }

    /** Parses a code as typed by a person or found in a file: surrounding blanks are forgiven, the case is not. */
    public static AgencyCode parse(String text) {
        return new AgencyCode(text == null ? null : text.strip());
    }

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text.strip()).matches();
    }

    @Override
    public int compareTo(AgencyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
