package org.compteassure.service.account;

import org.compteassure.service.BusinessException;

/** The new e-mail address is the account's current one: nothing to confirm. */
public class SameEmailException extends BusinessException {

    public SameEmailException() {
        super("the new e-mail address is the current one");
    }
}
