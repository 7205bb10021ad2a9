package vn.lienthong.web.api.directory;

import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.ExchangeReach;

/** An agency as the API shows it. */
public record AgencyView(String code, String name, String parentCode, String officialEmail, ExchangeReach reach) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.code().value(), agency.name(), agency.parent().map(AgencyCode::value).orElse(null),
                agency.officialEmail().orElse(null), agency.reach());
    }
}
