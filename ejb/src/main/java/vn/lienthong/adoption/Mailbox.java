package vn.lienthong.adoption;

import vn.lienthong.platform.InvalidInputException;

import java.io.Serializable;
import java.util.Locale;

/**
 * Hộp thư công vụ: an official mailbox address, kept in lower case so that logs, the directory and the webmail view,
 * which each spell addresses their own way, meet on one value.
 */
public record Mailbox(String address) implements Serializable, Comparable<Mailbox> {

    public Mailbox {
        if (address == null || address.isBlank() || address.length() > 254 || !address.equals(canonical(address))) {
            throw new InvalidInputException("adoption.mailbox.invalid", address);
        }
    }

    /** Parses an address as found in a file or typed by a person: blanks are forgiven, and case never matters. */
    public static Mailbox of(String text) {
        if (text == null) {
            throw new InvalidInputException("adoption.mailbox.invalid", (Object) null);
        }
        return new Mailbox(canonical(text.strip()));
    }

    private static String canonical(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(Mailbox other) {
        return address.compareTo(other.address);
    }

    @Override
    public String toString() {
        return address;
    }
}
