package org.compteassure.service.account;

import org.compteassure.service.BusinessException;

/** What was typed does not match the register: one answer, whichever field differs and whether the number exists. */
public class IdentityNotProvenException extends BusinessException {

    public IdentityNotProvenException() {
        super("identity not proven");
    }
}
