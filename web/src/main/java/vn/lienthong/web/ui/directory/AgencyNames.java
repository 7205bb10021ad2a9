package vn.lienthong.web.ui.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.DirectoryService;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Agency names for a page: read once per request, however many rows name an agency. */
@Named
@RequestScoped
public class AgencyNames {

    @Inject
    DirectoryService directory;

    private Map<AgencyCode, String> names;

    public String of(AgencyCode code) {
        if (names == null) {
            names = directory.agencies().stream().collect(Collectors.toMap(Agency::code, Agency::name));
        }
        return names.getOrDefault(code, code.value());
    }
}
