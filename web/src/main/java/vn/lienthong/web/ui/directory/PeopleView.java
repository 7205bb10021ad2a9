package vn.lienthong.web.ui.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.directory.Leadership;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Cán bộ: the people of the caller's agency, or for auditors the leaders and managers of every agency, which is
 * the population the official-email target counts.
 */
@Named
@RequestScoped
public class PeopleView {

    @Inject
    DirectoryService directory;

    private String agencyCode;
    private List<UserAccount> people;
    private List<Map.Entry<Agency, List<UserAccount>>> leaderRows;

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public List<UserAccount> getPeople() {
        if (people == null) {
            try {
                AgencyCode code = agencyCode == null || agencyCode.isBlank()
                        ? directory.caller().agency() : AgencyCode.parse(agencyCode);
                people = directory.people(code);
            } catch (DomainException e) {
                FacesMessages.error(e);
                people = List.of();
            }
        }
        return people;
    }

    /** Leaders and managers per agency, for the auditor's overview. */
    private Map<Agency, List<UserAccount>> getLeadersByAgency() {
        Map<Agency, List<UserAccount>> result = new TreeMap<>((a, b) -> a.code().compareTo(b.code()));
        for (Agency agency : directory.agencies()) {
            List<UserAccount> leaders = directory.people(agency.code()).stream()
                    .filter(u -> u.leadership().countsForEmailTarget())
                    .collect(Collectors.toList());
            result.put(agency, leaders);
        }
        return result;
    }

    /** Computed once per request: the table reads its value more than once while rendering. */
    public List<Map.Entry<Agency, List<UserAccount>>> getLeaderRows() {
        if (leaderRows == null) {
            leaderRows = List.copyOf(getLeadersByAgency().entrySet());
        }
        return leaderRows;
    }

    public long count(List<UserAccount> accounts, Leadership leadership) {
        return accounts.stream().filter(u -> u.leadership() == leadership).count();
    }
}
