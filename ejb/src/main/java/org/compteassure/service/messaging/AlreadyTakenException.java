package org.compteassure.service.messaging;

import org.compteassure.service.BusinessException;

/** Another adviser took the thread first ("Prendre en charge" by two at once: one wins). */
public class AlreadyTakenException extends BusinessException {

    public AlreadyTakenException() {
        super("thread already taken");
    }
}
