package org.compteassure.service.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.compteassure.persistence.appointment.AppointmentSlot;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;
import org.compteassure.service.appointment.AppointmentService;
import org.compteassure.service.platform.ClockProducer;
import org.compteassure.service.security.Roles;

/**
 * The demo adviser's free slots (embedded default only), so that /espace/rendez-vous offers some at once: every
 * working day of the booking window, by phone in the morning and at the counter in the afternoon, 30 minutes each.
 * A demo left running tops them up at its next start: the set counts as loaded while the window's last week has
 * slots, and a day that already has slots is left as it is.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RolesAllowed(Roles.SYSTEM)
public class AppointmentDemoData extends DemoSet {

    private static final LocalTime[] PHONE = {LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0),
        LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(11, 30)};
    private static final LocalTime[] COUNTER = {LocalTime.of(14, 0), LocalTime.of(14, 30), LocalTime.of(15, 0),
        LocalTime.of(15, 30)};

    @Override
    boolean isLoaded() {
        Instant lastWeek = clock.instant().plus(AppointmentService.WINDOW).minus(Duration.ofDays(7));
        return !em.createNamedQuery("AppointmentSlot.findByAdviserBetween", AppointmentSlot.class)
                .setParameter("adviser", DemoData.ADVISER)
                .setParameter("from", lastWeek)
                .setParameter("until", lastWeek.plus(AppointmentService.WINDOW))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    void add() {
        publishComingWeeks(DemoData.ADVISER);
    }

    /**
     * Publishes the adviser's demo slots on each working day from tomorrow to the end of the booking window that has
     * none yet; returns how many. Public for the test, which gives its own adviser.
     */
    public int publishComingWeeks(String adviser) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ClockProducer.ZONE).toLocalDate();
        LocalDate last = now.plus(AppointmentService.WINDOW).atZone(ClockProducer.ZONE).toLocalDate();
        int published = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || hasSlots(adviser, day)) {
                continue;
            }
            published += publish(adviser, Kind.PHONE, day, PHONE, now) + publish(adviser, Kind.COUNTER, day, COUNTER, now);
        }
        return published;
    }

    private boolean hasSlots(String adviser, LocalDate day) {
        return !em.createNamedQuery("AppointmentSlot.findByAdviserBetween", AppointmentSlot.class)
                .setParameter("adviser", adviser)
                .setParameter("from", day.atStartOfDay(ClockProducer.ZONE).toInstant())
                .setParameter("until", day.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private int publish(String adviser, Kind kind, LocalDate day, LocalTime[] times, Instant now) {
        for (LocalTime time : times) {
            Instant start = ZonedDateTime.of(day, time, ClockProducer.ZONE).toInstant();
            em.persist(new AppointmentSlot(adviser, kind, start, AppointmentSlot.LONG, adviser, now));
        }
        return times.length;
    }
}
