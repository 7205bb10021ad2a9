package vn.lienthong.web.api.directory;

import vn.lienthong.directory.Leadership;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.platform.Role;

import java.time.Instant;

/** An account as the API shows it: never the password hash. */
public record AccountView(String username, String fullName, Role role, String agencyCode, String position,
                          Leadership leadership, String mailbox, boolean enabled, Instant createdAt) {

    static AccountView of(UserAccount account) {
        return new AccountView(account.username(), account.fullName(), account.role(), account.agency().value(),
                account.position().orElse(null), account.leadership(), account.mailbox().orElse(null),
                account.enabled(), account.createdAt());
    }
}
