package vn.lienthong.platform;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The domain's messages in Vietnamese (default) and English. Pages and the API both read them here,
 * so that a rule is explained in the same words everywhere.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.lienthong.platform.messages";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), supported(locale)).format(readable(arguments));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Dates as people read them in LienThong, dd/MM/yyyy in both languages, never ISO. */
    private static Object[] readable(Object[] arguments) {
        if (arguments == null) {
            return null;
        }
        Object[] readable = arguments.clone();
        for (int i = 0; i < readable.length; i++) {
            if (readable[i] instanceof LocalDate date) {
                readable[i] = DAY.format(date);
            }
        }
        return readable;
    }

    public static String format(Locale locale, DomainException e) {
        return format(locale, e.messageKey(), e.arguments());
    }

    /** Vietnamese unless English was asked for: the city's language comes first. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
