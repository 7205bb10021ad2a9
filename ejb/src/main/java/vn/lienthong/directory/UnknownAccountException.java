package vn.lienthong.directory;

import vn.lienthong.platform.DomainException;

/** No account has this username. */
public class UnknownAccountException extends DomainException {

    public UnknownAccountException(String username) {
        super("account.unknown", username);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
