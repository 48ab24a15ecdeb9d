package org.compteassure.service.appointment;

import java.time.Instant;
import org.compteassure.persistence.appointment.Appointment.Status;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;
import org.compteassure.persistence.messaging.MessageThread.Subject;

/** One of the person's appointments as « Prendre rendez-vous » lists it; {@code place} is the counter's address. */
public record MyAppointment(long id, Kind kind, Instant startsAt, int minutes, Subject reason, Status status,
                            boolean upcoming, boolean cancellable, String place) {
}
