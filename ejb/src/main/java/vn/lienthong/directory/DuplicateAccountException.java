package vn.lienthong.directory;

import vn.lienthong.platform.DomainException;

/** The username is taken. */
public class DuplicateAccountException extends DomainException {

    public DuplicateAccountException(String username) {
        super("account.duplicate", username);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
