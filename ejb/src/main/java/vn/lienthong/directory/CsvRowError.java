package vn.lienthong.directory;

import vn.lienthong.platform.Messages;

import java.util.List;
import java.util.Locale;

/** A line of an imported directory file that was skipped, and why, as a message key of the domain bundle. */
public record CsvRowError(int line, String messageKey, List<String> arguments) {

    public CsvRowError {
        arguments = List.copyOf(arguments);
    }

    public String message(Locale locale) {
        return Messages.format(locale, messageKey, arguments.toArray());
    }
}
