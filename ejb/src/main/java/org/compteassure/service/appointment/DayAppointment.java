package org.compteassure.service.appointment;

import java.time.Instant;
import org.compteassure.persistence.appointment.Appointment.Status;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;
import org.compteassure.persistence.messaging.MessageThread.Subject;

/** One appointment of an adviser's day, with whom (to open their file) and what it is about. */
public record DayAppointment(long id, Instant startsAt, int minutes, Kind kind, Subject reason, String note,
                             Status status, long personId, String givenNames, String familyName, String phone,
                             boolean bookedByAdviser, boolean canMarkNoShow) {
}
