package org.compteassure.service.appointment;

/** What the appointments tell the other features (notification), fired inside the transaction. */
public final class AppointmentEvents {

    private AppointmentEvents() {
    }

    /** An appointment was booked: its confirmation (and calendar file) goes to the person. */
    public record Booked(long appointmentId) {
    }

    /** Tomorrow's appointment: its reminder, claimed once ({@link AppointmentReminders}). */
    public record ReminderDue(long appointmentId) {
    }
}
