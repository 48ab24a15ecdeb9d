package org.compteassure.service.appointment;

import org.compteassure.service.BusinessException;

/** The person already has the most upcoming appointments allowed (AppointmentService.MAX_UPCOMING). */
public class TooManyAppointmentsException extends BusinessException {

    public TooManyAppointmentsException() {
        super("too many upcoming appointments");
    }
}
