package vn.lienthong.web.api.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.lienthong.directory.ExchangeReach;

/** What an administrator's system sends to add an agency to the directory. */
public record NewAgencyRequest(
        @NotBlank(message = "{lienthong.required}") String code,
        @NotBlank(message = "{lienthong.required}") String name,
        String parentCode,
        @Email(message = "{lienthong.email}") String officialEmail,
        @NotNull(message = "{lienthong.required}") ExchangeReach reach) {
}
