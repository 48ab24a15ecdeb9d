package org.compteassure.service.security;

import jakarta.ejb.ApplicationException;
import org.compteassure.service.BusinessException;

/**
 * A browser's answer that is not a valid new passkey (malformed, replayed, foreign origin or relying party, challenge
 * expired, passkey known already): nothing is stored. Keeps the transaction, so that the challenge stays used up.
 */
@ApplicationException(rollback = false)
public class PasskeyRejectedException extends BusinessException {

    public PasskeyRejectedException() {
        super("passkey registration refused");
    }
}
