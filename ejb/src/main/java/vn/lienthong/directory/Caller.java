package vn.lienthong.directory;

import vn.lienthong.platform.AccessDeniedException;
import vn.lienthong.platform.Role;

/**
 * Who is calling a service, and for which agency they act. Agency scoping rules live here so that every
 * capability applies them the same way, in the EJB layer rather than only in pages.
 */
public record Caller(String username, Role role, AgencyCode agency) {

    /** Auditors and administrators see across agencies; everyone else sees their own agency only. */
    public boolean mayView(AgencyCode other) {
        return role == Role.ADMIN || role == Role.AUDITOR || agency.equals(other);
    }

    public void requireMayView(AgencyCode other) {
        if (!mayView(other)) {
            throw new AccessDeniedException("access.otherAgency", other);
        }
    }
}
