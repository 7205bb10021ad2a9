package vn.lienthong.web.ui.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.DirectoryService;

import java.util.List;

/** Danh bạ cơ quan: every agency, for every role. */
@Named
@RequestScoped
public class AgenciesView {

    @Inject
    DirectoryService directory;

    private List<Agency> agencies;

    public List<Agency> getAgencies() {
        if (agencies == null) {
            agencies = directory.agencies();
        }
        return agencies;
    }
}
