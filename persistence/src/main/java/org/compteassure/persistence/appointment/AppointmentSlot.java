package org.compteassure.persistence.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A time an adviser offers for an appointment, by phone (the fund calls the person back) or at the counter. It is
 * {@link #isTaken() taken} by the one booking that won it: booking is a conditional update ({@code take}) that only
 * one transaction can win, and {@code appointment.held_slot_id} is unique besides.
 */
@Entity
@Table(name = "appointment_slot")
@NamedQuery(name = "AppointmentSlot.findFree", query = "SELECT s FROM AppointmentSlot s WHERE s.taken = FALSE "
        + "AND s.kind = :kind AND s.startsAt > :from AND s.startsAt <= :until ORDER BY s.startsAt, s.id")
@NamedQuery(name = "AppointmentSlot.findByAdviserBetween", query = "SELECT s FROM AppointmentSlot s "
        + "WHERE s.adviserUsername = :adviser AND s.startsAt >= :from AND s.startsAt < :until ORDER BY s.startsAt")
@NamedQuery(name = "AppointmentSlot.take", query = "UPDATE AppointmentSlot s SET s.taken = TRUE "
        + "WHERE s.id = :id AND s.taken = FALSE")
@NamedQuery(name = "AppointmentSlot.free", query = "UPDATE AppointmentSlot s SET s.taken = FALSE WHERE s.id = :id")
public class AppointmentSlot {

    /** How the appointment is held. */
    public enum Kind { PHONE, COUNTER }

    /** The lengths an adviser may publish, in minutes. */
    public static final int SHORT = 15;
    public static final int LONG = 30;

    @Id
    @SequenceGenerator(name = "appointment_slot_seq", sequenceName = "appointment_slot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_slot_seq")
    private Long id;

    @Column(name = "adviser_username", nullable = false, length = 64)
    private String adviserUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "taken", nullable = false)
    private boolean taken;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected AppointmentSlot() {
    }

    public AppointmentSlot(String adviserUsername, Kind kind, Instant startsAt, int minutes, String publishedBy,
                           Instant publishedAt) {
        if (minutes != SHORT && minutes != LONG) {
            throw new IllegalArgumentException("A slot lasts " + SHORT + " or " + LONG + " minutes");
        }
        this.adviserUsername = adviserUsername;
        this.kind = kind;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public String getAdviserUsername() {
        return adviserUsername;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    public int getMinutes() {
        return minutes;
    }

    public boolean isTaken() {
        return taken;
    }
}
