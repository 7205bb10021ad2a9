package vn.lienthong.platform;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A broken business rule, named by a subclass. It carries a message key of {@code vn.lienthong.platform.messages}
 * so that the web layer can say it in the reader's language. Crosses the EJB boundary as itself and rolls back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

    /** What kind of failure this is, which decides the HTTP status the API answers with. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    protected DomainException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
