package org.compteassure.service.appointment;

import org.compteassure.service.BusinessException;

/** The slot is past, beyond the booking window, or gone: nothing booked. */
public class SlotUnavailableException extends BusinessException {

    public SlotUnavailableException() {
        super("slot not bookable");
    }
}
