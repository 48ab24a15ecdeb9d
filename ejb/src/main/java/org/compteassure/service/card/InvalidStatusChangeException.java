package org.compteassure.service.card;

import org.compteassure.service.BusinessException;

/** The card maker asked for a status that does not follow the order's current one. */
public class InvalidStatusChangeException extends BusinessException {

    public InvalidStatusChangeException() {
        super("status does not follow");
    }
}
