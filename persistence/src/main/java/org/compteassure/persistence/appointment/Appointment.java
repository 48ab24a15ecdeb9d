package org.compteassure.persistence.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.compteassure.persistence.messaging.MessageThread.Subject;

/**
 * A person's appointment with an adviser on one {@link AppointmentSlot}, booked by the person online or by an
 * adviser for them ({@link #getBookedBy()}). While it is {@link Status#BOOKED} it holds its slot
 * ({@code held_slot_id}, unique); cancelling frees the slot for someone else. The reminder of the day before is
 * claimed by a conditional update on {@code reminderDueAt}, so one node sends it once. Everything a person's data
 * export needs is on the row (reason, kind and times through the slot, who booked, what became of it).
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = "Appointment.findByPerson", query = "SELECT a FROM Appointment a WHERE a.insuredPersonId = "
        + ":personId ORDER BY a.startsAt DESC, a.id DESC")
@NamedQuery(name = "Appointment.countUpcoming", query = "SELECT COUNT(a) FROM Appointment a WHERE a.insuredPersonId "
        + "= :personId AND a.status = org.compteassure.persistence.appointment.Appointment.Status.BOOKED "
        + "AND a.startsAt > :now")
@NamedQuery(name = "Appointment.findByAdviserBetween", query = "SELECT a FROM Appointment a WHERE "
        + "a.slot.adviserUsername = :adviser AND a.startsAt >= :from AND a.startsAt < :until "
        + "AND a.status <> org.compteassure.persistence.appointment.Appointment.Status.CANCELLED ORDER BY a.startsAt")
@NamedQuery(name = "Appointment.findDueReminders", query = "SELECT a.id FROM Appointment a WHERE a.reminderDueAt "
        + "<= :now AND a.status = org.compteassure.persistence.appointment.Appointment.Status.BOOKED "
        + "ORDER BY a.reminderDueAt")
@NamedQuery(name = "Appointment.claimReminder", query = "UPDATE Appointment a SET a.reminderDueAt = NULL, "
        + "a.version = a.version + 1 WHERE a.id = :id AND a.reminderDueAt <= :now "
        + "AND a.status = org.compteassure.persistence.appointment.Appointment.Status.BOOKED")
public class Appointment {

    /** Booked (to come or past), cancelled (slot freed), or the person did not come. */
    public enum Status { BOOKED, CANCELLED, NO_SHOW }

    /** The longest note a person may add. */
    public static final int MAX_NOTE = 500;

    /** When the reminder goes: the day before, at the same time. */
    public static final Duration REMINDER_BEFORE = Duration.ofDays(1);

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "slot_id", nullable = false)
    private AppointmentSlot slot;

    @Column(name = "held_slot_id")
    private Long heldSlotId;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private Subject reason;

    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    /** The adviser who booked it for the person, or null when the person booked it online. */
    @Column(name = "booked_by", length = 64)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    /** The slot's start, copied so that lists and limits need no join. */
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "reminder_due_at")
    private Instant reminderDueAt;

    /** When it was cancelled or marked as missed. */
    @Column(name = "ended_at")
    private Instant endedAt;

    protected Appointment() {
    }

    public Appointment(AppointmentSlot slot, long insuredPersonId, Subject reason, String note, String bookedBy,
                       Instant bookedAt) {
        this.slot = slot;
        this.heldSlotId = slot.getId();
        this.insuredPersonId = insuredPersonId;
        this.reason = reason;
        this.note = note;
        this.status = Status.BOOKED;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
        this.startsAt = slot.getStartsAt();
        Instant reminder = startsAt.minus(REMINDER_BEFORE);
        this.reminderDueAt = reminder.isAfter(bookedAt) ? reminder : null;
    }

    /** Gives the slot back: the caller frees it in the same transaction. */
    public void cancel(Instant now) {
        status = Status.CANCELLED;
        heldSlotId = null;
        reminderDueAt = null;
        endedAt = now;
    }

    public void markNoShow(Instant now) {
        status = Status.NO_SHOW;
        endedAt = now;
    }

    public Long getId() {
        return id;
    }

    public AppointmentSlot getSlot() {
        return slot;
    }

    public long getInsuredPersonId() {
        return insuredPersonId;
    }

    public Subject getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getReminderDueAt() {
        return reminderDueAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
