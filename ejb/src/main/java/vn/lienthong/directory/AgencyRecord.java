package vn.lienthong.directory;

/** One agency as a directory file or an administrator's form gives it; the parent may be absent. */
public record AgencyRecord(AgencyCode code, String name, AgencyCode parent, String officialEmail, ExchangeReach reach) {

    public static AgencyRecord of(Agency agency) {
        return new AgencyRecord(agency.code(), agency.name(), agency.parent().orElse(null),
                agency.officialEmail().orElse(null), agency.reach());
    }
}
