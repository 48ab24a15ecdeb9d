package org.compteassure.service.appointment;

import java.time.Instant;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;

/** A slot a person may book: when, how long, how. */
public record FreeSlot(long id, Kind kind, Instant startsAt, int minutes) {
}
