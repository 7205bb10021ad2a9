package vn.lienthong.exchange;

import vn.lienthong.platform.InvalidInputException;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Số, ký hiệu: the number an organisation gives a document, and its notation, e.g. {@code 2491/STC-BCTC}.
 * Unique within the issuing organisation for the year (Decree 30/2020). The notation may itself hold slashes,
 * as legal documents do ({@code 30/2020/NĐ-CP}): the number is what stands before the first one.
 */
public record DocumentNumber(int number, String notation) implements Serializable {

    private static final Pattern NOTATION = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./&-]{0,59}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,7}");

    public DocumentNumber {
        if (number < 1 || number > 9_999_999) {
            throw new InvalidInputException("document.number.invalid", number);
        }
        if (notation == null || !NOTATION.matcher(notation).matches()) {
            throw new InvalidInputException("document.notation.invalid", notation);
        }
    }

    /** Parses {@code number/notation} as written on a document; blanks around the parts are forgiven. */
    public static DocumentNumber parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            throw new InvalidInputException("document.code.invalid", text);
        }
        return of(text.substring(0, slash), text.substring(slash + 1));
    }

    /** Builds a number from its two parts as edXML carries them ({@code CodeNumber}, {@code CodeNotation}). */
    public static DocumentNumber of(String number, String notation) {
        String digits = number == null ? "" : number.strip();
        if (!DIGITS.matcher(digits).matches()) {
            throw new InvalidInputException("document.number.invalid", number);
        }
        return new DocumentNumber(Integer.parseInt(digits), notation == null ? null : notation.strip());
    }

    /** The number as written: numbers below 10 take a leading zero, since the series starts at 01. */
    public String numberText() {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /** {@code 2491/STC-BCTC}. */
    public String format() {
        return numberText() + "/" + notation;
    }

    @Override
    public String toString() {
        return format();
    }
}
