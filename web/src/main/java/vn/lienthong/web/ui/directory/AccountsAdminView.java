package vn.lienthong.web.ui.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.directory.Leadership;
import vn.lienthong.directory.NewAccount;
import vn.lienthong.directory.UserAccount;
import vn.lienthong.platform.DomainException;
import vn.lienthong.platform.Role;
import vn.lienthong.web.ui.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** Quản lý tài khoản: the administrator opens, disables and re-enables accounts and resets passwords. */
@Named
@ViewScoped
public class AccountsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryService directory;

    private transient List<UserAccount> accounts;

    private String username;
    private String password;
    private Role role = Role.CLERK;
    private String agencyCode;
    private String fullName;
    private String position;
    private Leadership leadership = Leadership.NONE;
    private String mailbox;

    public List<UserAccount> getAccounts() {
        if (accounts == null) {
            accounts = directory.allAccounts();
        }
        return accounts;
    }

    public void open() {
        try {
            directory.openAccount(new NewAccount(username, password == null ? new char[0] : password.toCharArray(), role,
                    AgencyCode.parse(agencyCode), fullName, position, leadership, mailbox));
            FacesMessages.info("accounts.opened", username);
            username = null;
            password = null;
            fullName = null;
            position = null;
            mailbox = null;
            accounts = null;
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void toggle(UserAccount account) {
        try {
            directory.setEnabled(account.username(), !account.enabled());
            accounts = null;
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Leadership[] getLeaderships() {
        return Leadership.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Leadership getLeadership() {
        return leadership;
    }

    public void setLeadership(Leadership leadership) {
        this.leadership = leadership;
    }

    public String getMailbox() {
        return mailbox;
    }

    public void setMailbox(String mailbox) {
        this.mailbox = mailbox;
    }
}
