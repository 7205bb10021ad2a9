package vn.lienthong.directory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditOutcome;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.Role;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * The directory's use cases. Scoping by agency and role is enforced here, whatever page or API calls it.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class DirectoryService {

    private static final Logger LOG = Logger.getLogger(DirectoryService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The signed-in person, as the directory knows them. */
    public Caller caller() {
        String username = session.getCallerPrincipal().getName();
        UserAccount account = em.find(UserAccount.class, username);
        if (account == null || !account.enabled()) {
            throw new AccessDeniedException("access.noAccount", username);
        }
        return new Caller(account.username(), account.role(), account.agency());
    }

    public UserAccount me() {
        return account(caller().username());
    }

    public List<Agency> agencies() {
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultList();
    }

    public Agency agency(AgencyCode code) {
        Agency agency = em.find(Agency.class, code.value());
        if (agency == null) {
            throw new UnknownAgencyException(code);
        }
        return agency;
    }

    /** The people of one agency: your own, or any agency's if you audit or administer. */
    public List<UserAccount> people(AgencyCode code) {
        caller().requireMayView(code);
        agency(code);
        return em.createNamedQuery("UserAccount.findByAgency", UserAccount.class)
                .setParameter("agency", code.value())
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Agency registerAgency(AgencyCode code, String name, AgencyCode parent, String officialEmail,
                                 ExchangeReach reach) {
        if (em.find(Agency.class, code.value()) != null) {
            throw new DuplicateAgencyException(code);
        }
        if (parent != null) {
            agency(parent);
        }
        Agency agency = new Agency(code, name, parent, officialEmail, reach);
        em.persist(agency);
        audit.record(AuditAction.AGENCY_REGISTERED, code.value(), "agency:" + code.value(), AuditOutcome.SUCCESS, name);
        return agency;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserAccount> allAccounts() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccount openAccount(NewAccount request) {
        agency(request.agency());
        if (em.find(UserAccount.class, request.username()) != null) {
            throw new DuplicateAccountException(request.username());
        }
        try {
            UserAccount account = new UserAccount(request.username(), Passwords.hash(request.password()),
                    request.role(), request.agency(), request.fullName(), request.position(), request.leadership(),
                    request.mailbox(), clock.instant());
            em.persist(account);
            audit.record(AuditAction.ACCOUNT_OPENED, request.agency().value(), "account:" + request.username(),
                    AuditOutcome.SUCCESS, request.role().name());
            LOG.info(() -> "Account " + request.username() + " opened by " + session.getCallerPrincipal().getName());
            return account;
        } finally {
            Arrays.fill(request.password(), '\0');
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void setEnabled(String username, boolean enabled) {
        UserAccount account = account(username);
        if (!enabled && account.username().equals(caller().username())) {
            throw new AccessDeniedException("account.cannotDisableSelf");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, account.agency().value(),
                "account:" + username, AuditOutcome.SUCCESS, null);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void resetPassword(String username, char[] newPassword) {
        try {
            UserAccount account = account(username);
            account.changePasswordHash(Passwords.hash(newPassword));
            audit.record(AuditAction.ACCOUNT_PASSWORD_RESET, account.agency().value(), "account:" + username,
                    AuditOutcome.SUCCESS, null);
        } finally {
            Arrays.fill(newPassword, '\0');
        }
    }

    private UserAccount account(String username) {
        UserAccount account = em.find(UserAccount.class, username);
        if (account == null) {
            throw new UnknownAccountException(username);
        }
        return account;
    }
}
