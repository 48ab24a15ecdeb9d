package org.compteassure.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Between a staff member's password and their second factor: whose password was right and their roles, kept in the
 * HTTP session (server side) until the authenticator's code is verified or enrolled; whether an administrator's reset
 * asks for a new password before any page.
 */
public record PendingStaffLogin(String username, Set<String> groups, boolean mustChangePassword) implements Serializable {

    static final String ATTRIBUTE = "compteassure.pendingStaffLogin";
}
