package org.compteassure.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who calls a service, read from the container (never from a parameter that the web layer fills in): an insured
 * person's principal is their account id, a staff member's their login.
 */
@ApplicationScoped
public class Caller {

    @Inject
    private SecurityContext securityContext;

    /** The calling insured person's account; refused for any other caller. */
    public long accountId() {
        if (!securityContext.isCallerInRole(Roles.INSURED)) {
            throw new SecurityException("not an insured person's call");
        }
        return Long.parseLong(principal().getName());
    }

    /** The calling adviser's or administrator's login; refused for any other caller. */
    public String staffLogin() {
        if (!securityContext.isCallerInRole(Roles.ADVISER) && !securityContext.isCallerInRole(Roles.ADMIN)) {
            throw new SecurityException("not a staff member's call");
        }
        return principal().getName();
    }

    public boolean isInRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    private Principal principal() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new SecurityException("no caller");
        }
        return principal;
    }
}
