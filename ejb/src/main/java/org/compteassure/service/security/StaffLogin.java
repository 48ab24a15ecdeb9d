package org.compteassure.service.security;

import java.util.Set;

/**
 * A staff login the password check accepted: who, with which roles, the session record it opened (null for an API
 * call, which has no session), and whether the password must be changed before any page (after an administrator's
 * reset).
 */
public record StaffLogin(String username, Set<String> roles, String sessionRecord, boolean mustChangePassword) {

    public StaffLogin {
        roles = Set.copyOf(roles);
    }
}
