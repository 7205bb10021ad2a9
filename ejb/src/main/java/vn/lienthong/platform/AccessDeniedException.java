package vn.lienthong.platform;

/** The caller's role or agency does not allow this action. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(Kind.FORBIDDEN, messageKey, arguments);
    }
}
