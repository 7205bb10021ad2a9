package vn.lienthong.web.ui.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.platform.Role;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The signed-in person as the pages show them: name, role, agency, home page and menu. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Each role's menu after "Trang chủ". Only pages that exist are listed. */
    private static final Map<Role, List<NavigationItem>> MENUS = Map.of(
            Role.CLERK, List.of(
                    new NavigationItem("nav.compose", "/clerk/compose.xhtml", "pi pi-pencil"),
                    new NavigationItem("nav.outgoing", "/clerk/outgoing.xhtml", "pi pi-send"),
                    new NavigationItem("nav.inbox", "/clerk/inbox.xhtml", "pi pi-inbox"),
                    new NavigationItem("nav.agencies", "/directory/agencies.xhtml", "pi pi-building"),
                    new NavigationItem("nav.people", "/directory/people.xhtml", "pi pi-users"),
                    new NavigationItem("nav.signatures", "/clerk/signatures.xhtml", "pi pi-verified"),
                    new NavigationItem("nav.registers", "/clerk/registers.xhtml", "pi pi-book"),
                    new NavigationItem("nav.search", "/clerk/search.xhtml", "pi pi-search")),
            Role.LEADER, List.of(
                    new NavigationItem("nav.agencies", "/directory/agencies.xhtml", "pi pi-building"),
                    new NavigationItem("nav.people", "/directory/people.xhtml", "pi pi-users"),
                    new NavigationItem("nav.held", "/leader/held.xhtml", "pi pi-lock"),
                    new NavigationItem("nav.mail", "/leader/mail/index.xhtml", "pi pi-envelope")),
            Role.AUDITOR, List.of(
                    new NavigationItem("nav.leaders", "/auditor/leaders.xhtml", "pi pi-chart-bar"),
                    new NavigationItem("nav.agencies", "/directory/agencies.xhtml", "pi pi-building"),
                    new NavigationItem("nav.adoption", "/auditor/adoption.xhtml", "pi pi-chart-line"),
                    new NavigationItem("nav.import", "/auditor/import.xhtml", "pi pi-upload")),
            Role.ADMIN, List.of(
                    new NavigationItem("nav.accounts", "/admin/accounts.xhtml", "pi pi-id-card"),
                    new NavigationItem("nav.audit", "/admin/audit.xhtml", "pi pi-shield"),
                    new NavigationItem("nav.agencies", "/directory/agencies.xhtml", "pi pi-building"),
                    new NavigationItem("nav.agencyAdmin", "/admin/agencies.xhtml", "pi pi-sitemap"),
                    new NavigationItem("nav.officials", "/admin/officials.xhtml", "pi pi-address-book"),
                    new NavigationItem("nav.calendar", "/admin/calendar.xhtml", "pi pi-calendar")));

    @Inject
    DirectoryService directory;

    private String username;
    private String fullName;
    private Role role;
    private String agencyName;

    private void load() {
        String principal = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        if (principal != null && !principal.equals(username)) {
            UserAccount me = directory.me();
            username = me.username();
            fullName = me.fullName();
            role = me.role();
            agencyName = directory.agency(me.agency()).name();
        }
    }

    public String getFullName() {
        load();
        return fullName;
    }

    public Role getRole() {
        load();
        return role;
    }

    public String getAgencyName() {
        load();
        return agencyName;
    }

    public String getHome() {
        load();
        return role == null ? "/login.xhtml" : "/" + role.name().toLowerCase() + "/index.xhtml";
    }

    public List<NavigationItem> getMenu() {
        load();
        return role == null ? List.of() : MENUS.get(role);
    }

    public LocalDate getToday() {
        return LocalDate.now(vn.lienthong.platform.ClockProducer.VIETNAM);
    }

    /** The root page sends each person to their role's home. */
    public void goHome() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(context.getRequestContextPath() + getHome());
    }

    public String logout() throws ServletException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        return "/login.xhtml?faces-redirect=true&loggedOut=true";
    }
}
