package vn.lienthong.web.ui.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyAdministration;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.AgencyImportReport;
import vn.lienthong.directory.AgencyRecord;
import vn.lienthong.directory.CsvRowError;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.directory.ExchangeReach;
import vn.lienthong.platform.DomainException;
import vn.lienthong.web.ui.platform.FacesMessages;
import vn.lienthong.web.ui.platform.LocaleBean;

import java.io.Serializable;
import java.util.List;

/** Quản lý danh bạ cơ quan: the administrator lists, adds and corrects agencies, and imports or exports the CSV. */
@Named
@ViewScoped
public class AgencyAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryService directory;

    @Inject
    AgencyAdministration administration;

    @Inject
    LocaleBean language;

    private transient List<Agency> agencies;
    private boolean editing;
    private String code;
    private String name;
    private String parent;
    private String email;
    private ExchangeReach reach = ExchangeReach.LIENTHONG;
    private String csv;
    private AgencyImportReport report;

    public List<Agency> getAgencies() {
        if (agencies == null) {
            agencies = directory.agencies();
        }
        return agencies;
    }

    public void edit(Agency agency) {
        editing = true;
        code = agency.code().value();
        name = agency.name();
        parent = agency.parent().map(AgencyCode::value).orElse(null);
        email = agency.officialEmail().orElse(null);
        reach = agency.reach();
    }

    public void startNew() {
        editing = false;
        code = name = parent = email = null;
        reach = ExchangeReach.LIENTHONG;
    }

    public void save() {
        boolean done;
        try {
            AgencyRecord record = new AgencyRecord(AgencyCode.parse(code), name,
                    parent == null || parent.isBlank() ? null : AgencyCode.parse(parent),
                    email == null || email.isBlank() ? null : email.strip(), reach);
            done = FacesMessages.perform(() -> {
                if (editing) {
                    administration.update(record);
                } else {
                    administration.create(record);
                }
            }, editing ? "agencyAdmin.updated" : "agencyAdmin.created");
        } catch (DomainException e) {
            FacesMessages.error(e);
            done = false;
        }
        if (done) {
            agencies = null;
            startNew();
        }
    }

    public void importCsv() {
        if (FacesMessages.perform(() -> report = administration.importCsv(csv), "agencyAdmin.imported")) {
            agencies = null;
            csv = null;
        }
    }

    public String message(CsvRowError error) {
        return error.message(language.getLocale());
    }

    public ExchangeReach[] getReaches() {
        return ExchangeReach.values();
    }

    public AgencyImportReport getReport() {
        return report;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ExchangeReach getReach() {
        return reach;
    }

    public void setReach(ExchangeReach reach) {
        this.reach = reach;
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }
}
