package vn.lienthong.directory;

import vn.lienthong.platform.DomainException;

/** The username is taken. */
public class DuplicateAccountException extends DomainException {

    public DuplicateAccountException(String username) {
        super(Kind.CONFLICT, "account.duplicate", username);
    }
}
