package org.compteassure.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * An insured person whose code (and second step) the code service has just verified. Only ever created on the
 * server, after that verification, and handed to {@code SecurityContext.authenticate}: never read from a request.
 */
public record InsuredCredential(long accountId) implements Credential {
}
