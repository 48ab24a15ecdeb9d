package org.compteassure.web.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * A staff member whose password and second factor were both verified. Only ever created on the server, after those
 * checks, and handed to {@code SecurityContext.authenticate}: never read from a request.
 */
public record StaffCredential(String username, Set<String> groups) implements Credential {
}
