package org.compteassure.service.demarche;

import org.compteassure.service.BusinessException;

/** A status change the rules refuse as written: a refusal without a reason, a reason too long, a date to come. */
public class InvalidStatusException extends BusinessException {

    public InvalidStatusException(String why) {
        super(why);
    }
}
