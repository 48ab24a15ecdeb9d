package org.compteassure.service.account;

import org.compteassure.service.BusinessException;

/**
 * The strong factor (authenticator code, recovery code, passkey) asked to confirm a sensitive action is missing or
 * wrong; the failure counts like a failed login.
 */
public class WrongFactorException extends BusinessException {

    public WrongFactorException() {
        super("wrong strong factor");
    }
}
