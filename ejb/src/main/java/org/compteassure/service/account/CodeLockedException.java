package org.compteassure.service.account;

import org.compteassure.service.BusinessException;

/** Re-authentication refused: the account is locked after repeated wrong codes. */
public class CodeLockedException extends BusinessException {

    public CodeLockedException() {
        super("account locked");
    }
}
