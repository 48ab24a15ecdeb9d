package org.compteassure.service.security;

import org.compteassure.service.BusinessException;

/** A passkey's name that is empty, longer than its column or holds control characters. */
public class PasskeyNameException extends BusinessException {

    public PasskeyNameException() {
        super("passkey name refused");
    }
}
