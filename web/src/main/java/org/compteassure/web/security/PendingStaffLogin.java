package org.compteassure.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Between a staff member's password and their second factor: whose password was right and their roles, kept in the
 * HTTP session (server side) until the authenticator's code is verified or enrolled.
 */
public record PendingStaffLogin(String username, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = "compteassure.pendingStaffLogin";
}
