package org.compteassure.service.appointment;

import org.compteassure.service.BusinessException;

/** The appointment starts in less than AppointmentService.CANCEL_BEFORE (or is over): it can no longer be cancelled here. */
public class TooLateToCancelException extends BusinessException {

    public TooLateToCancelException() {
        super("too late to cancel");
    }
}
