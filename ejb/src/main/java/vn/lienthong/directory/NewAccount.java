package vn.lienthong.directory;

import vn.lienthong.platform.Role;

/** What an administrator fills in to open an account. The password is used once, to hash, and not kept. */
public record NewAccount(String username, char[] password, Role role, AgencyCode agency, String fullName,
                         String position, Leadership leadership, String mailbox) {
}
