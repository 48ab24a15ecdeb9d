package org.compteassure.service.code;

import jakarta.ejb.ApplicationException;

/**
 * The token endpoint refuses a code or a refresh token (OAuth {@code invalid_grant}, or the error it names). Not a
 * rollback: refusing a replayed token revokes its family, and that revocation must be kept.
 */
@ApplicationException(rollback = false)
public class GrantRefusedException extends RuntimeException {

    private final String error;

    public GrantRefusedException(String error, String why) {
        super(why, null, false, false);
        this.error = error;
    }

    /** The OAuth error code: {@code invalid_grant}, {@code invalid_client}, {@code invalid_scope}. */
    public String error() {
        return error;
    }
}
