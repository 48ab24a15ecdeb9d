package org.compteassure.service.security;

import java.util.Set;

/**
 * A staff login the password check accepted: who, with which roles, and whether the password must be changed before
 * any page (after an administrator's reset).
 */
public record StaffLogin(String username, Set<String> roles, boolean mustChangePassword) {

    public StaffLogin {
        roles = Set.copyOf(roles);
    }
}
