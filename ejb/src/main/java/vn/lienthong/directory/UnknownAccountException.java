package vn.lienthong.directory;

import vn.lienthong.platform.DomainException;

/** No account has this username. */
public class UnknownAccountException extends DomainException {

    public UnknownAccountException(String username) {
        super(Kind.NOT_FOUND, "account.unknown", username);
    }
}
