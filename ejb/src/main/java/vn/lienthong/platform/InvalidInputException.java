package vn.lienthong.platform;

/** Input that no business rule can accept: a malformed code, a missing field, a bad file. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String messageKey, Object... arguments) {
        super(Kind.INVALID, messageKey, arguments);
    }
}
