package org.compteassure.service.card;

import org.compteassure.service.BusinessException;

/** The date of departure is before today. */
public class DepartureInPastException extends BusinessException {

    public DepartureInPastException() {
        super("departure in the past");
    }
}
