package org.compteassure.service.account;

import org.compteassure.service.BusinessException;

/** The secret code typed to confirm a sensitive action is not the account's. */
public class WrongCodeException extends BusinessException {

    public WrongCodeException() {
        super("wrong secret code");
    }
}
