package org.compteassure.web.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * A staff member whose password the staff login service has just verified. Only ever created on the server, after
 * that verification, and handed to {@code SecurityContext.authenticate}: never read from a request.
 */
public record StaffCredential(String username, Set<String> roles) implements Credential {
}
