package org.compteassure.service.code;

import org.compteassure.service.BusinessException;

/** Too many failed logins from one client address this hour (HTTP 429). */
public class TooManyAttemptsException extends BusinessException {

    public TooManyAttemptsException() {
        super("too many failed attempts from this address");
    }
}
