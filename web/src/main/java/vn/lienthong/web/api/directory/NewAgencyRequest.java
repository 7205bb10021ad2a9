package vn.lienthong.web.api.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.AgencyRecord;
import vn.lienthong.directory.ExchangeReach;

/** What an administrator's system sends to add an agency to the directory. */
public record NewAgencyRequest(
        @NotBlank(message = "{lienthong.required}") String code,
        @NotBlank(message = "{lienthong.required}") String name,
        String parentCode,
        @Email(message = "{lienthong.email}") String officialEmail,
        @NotNull(message = "{lienthong.required}") ExchangeReach reach) {
    /** The agency as the directory's services take it; a blank parent means none. */
    public AgencyRecord toRecord() {
        return new AgencyRecord(AgencyCode.parse(code), name,
                parentCode == null || parentCode.isBlank() ? null : AgencyCode.parse(parentCode),
                officialEmail == null || officialEmail.isBlank() ? null : officialEmail.strip(), reach);
    }
}
