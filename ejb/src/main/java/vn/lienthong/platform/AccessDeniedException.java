package vn.lienthong.platform;

/** The caller's role or agency does not allow this action. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
