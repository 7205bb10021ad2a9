package vn.lienthong.web.api.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.Leadership;
import vn.lienthong.directory.NewAccount;
import vn.lienthong.platform.Role;

/** What an administrator's system sends to open an account. */
public record NewAccountRequest(
        @NotBlank(message = "{lienthong.required}") String username,
        @NotNull(message = "{lienthong.required}") @Size(min = 8, max = 128, message = "{lienthong.password.size}") String password,
        @NotNull(message = "{lienthong.required}") Role role,
        @NotBlank(message = "{lienthong.required}") String agencyCode,
        @NotBlank(message = "{lienthong.required}") String fullName,
        String position,
        Leadership leadership,
        @Email(message = "{lienthong.email}") String mailbox) {

    NewAccount toNewAccount() {
        return new NewAccount(username, password.toCharArray(), role, AgencyCode.parse(agencyCode), fullName, position,
                leadership == null ? Leadership.NONE : leadership, mailbox);
    }
}
