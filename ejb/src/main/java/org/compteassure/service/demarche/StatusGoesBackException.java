package org.compteassure.service.demarche;

import org.compteassure.service.BusinessException;

/** The back office sent a status that comes before the démarche's current one, or another end once ended. */
public class StatusGoesBackException extends BusinessException {

    public StatusGoesBackException() {
        super("status goes back");
    }
}
