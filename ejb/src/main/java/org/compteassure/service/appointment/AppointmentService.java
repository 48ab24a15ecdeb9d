package org.compteassure.service.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.appointment.Appointment;
import org.compteassure.persistence.appointment.AppointmentSlot;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;
import org.compteassure.persistence.messaging.AccessLog;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.appointment.AppointmentEvents.Booked;
import org.compteassure.service.appointment.InvalidAppointmentException.Field;
import org.compteassure.service.platform.ClockProducer;
import org.compteassure.service.platform.Installation;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * « Prendre rendez-vous »: advisers publish slots (by phone, the fund calling back, or at the counter, 15 or 30
 * minutes); a person books one of the next {@link #WINDOW} for a reason (the messaging's subjects), at most
 * {@link #MAX_UPCOMING} to come, and may cancel up to {@link #CANCEL_BEFORE} before; an adviser books for a person
 * from their file (the phone path, people without an account too), sees the day's appointments and marks a missed
 * one. Two bookings of one slot at once: the conditional update {@code AppointmentSlot.take} lets one win (the other
 * waits for its row lock, then finds it taken), and {@code appointment.held_slot_id} is unique besides.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class AppointmentService {

    /** How far ahead a person books. */
    public static final Duration WINDOW = Duration.ofDays(28);

    /** The latest a person cancels online before the start. */
    public static final Duration CANCEL_BEFORE = Duration.ofHours(2);

    /** How many appointments to come a person may hold. */
    public static final int MAX_UPCOMING = 2;

    /** How many free slots a page shows, and how many are offered when the one picked was just taken. */
    public static final int SHOWN = 40;
    public static final int OFFERED = 5;

    /** The most slots one publication makes (a full day of quarter-hours). */
    public static final int MAX_PUBLISHED = 48;

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Installation installation;

    @Inject
    private Event<Booked> booked;

    @EJB
    private AccountService accounts;

    /** The reasons a person may give: the subjects they may pick when writing. */
    @RolesAllowed({Roles.INSURED, Roles.ADVISER})
    public List<Subject> reasons() {
        return Subject.pickable();
    }

    /** Where counter appointments are held (configuration), as one line. */
    @RolesAllowed({Roles.INSURED, Roles.ADVISER})
    public String counterAddress() {
        return installation.counterAddress();
    }

    /** The free slots of that kind from now to {@link #WINDOW} ahead, soonest first (at most {@link #SHOWN}). */
    @RolesAllowed({Roles.INSURED, Roles.ADVISER})
    public List<FreeSlot> freeSlots(Kind kind) {
        return free(kind, SHOWN);
    }

    /** The caller's appointments, latest first. */
    public List<MyAppointment> mine() {
        Instant now = clock.instant();
        return em.createNamedQuery("Appointment.findByPerson", Appointment.class)
                .setParameter("personId", accounts.person().getId())
                .getResultStream()
                .map(a -> new MyAppointment(a.getId(), a.getSlot().getKind(), a.getStartsAt(), a.getSlot().getMinutes(),
                        a.getReason(), a.getStatus(), a.getStartsAt().isAfter(now)
                        && a.getStatus() == Appointment.Status.BOOKED, cancellable(a, now),
                        a.getSlot().getKind() == Kind.COUNTER ? installation.counterAddress() : null))
                .toList();
    }

    /**
     * Books the slot for the caller; nothing is stored unless every check passes.
     *
     * @return the appointment's id
     * @throws InvalidAppointmentException   if the reason is missing or the note too long or not plain text
     * @throws SlotUnavailableException      if the slot is unknown, past or beyond {@link #WINDOW}
     * @throws TooManyAppointmentsException  if the caller already has {@link #MAX_UPCOMING} to come
     * @throws SlotTakenException            if someone else booked it first (with the next free slots)
     */
    public long book(long slotId, Subject reason, String note) {
        return book(accounts.person().getId(), slotId, reason, note, null);
    }

    /**
     * Cancels one of the caller's appointments, freeing its slot.
     *
     * @throws NotFoundException         for an id that is not the caller's
     * @throws TooLateToCancelException  less than {@link #CANCEL_BEFORE} before it, or after it
     */
    public void cancel(long appointmentId) {
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null || appointment.getInsuredPersonId() != accounts.person().getId()) {
            throw new NotFoundException("appointment");
        }
        Instant now = clock.instant();
        if (!cancellable(appointment, now)) {
            throw new TooLateToCancelException();
        }
        appointment.cancel(now);
        em.createNamedQuery("AppointmentSlot.free").setParameter("id", appointment.getSlot().getId()).executeUpdate();
    }

    /** An adviser books for a person, from their file (a letter confirms it); the person's access log says so. */
    @RolesAllowed(Roles.ADVISER)
    public long bookFor(long personId, long slotId, Subject reason, String note) {
        if (em.find(InsuredPerson.class, personId) == null) {
            throw new NotFoundException("person");
        }
        String adviser = caller.staffLogin();
        long id = book(personId, slotId, reason, note, adviser);
        em.persist(new AccessLog(personId, adviser, AccessLog.Action.APPOINTMENT_BOOKED, clock.instant()));
        return id;
    }

    /**
     * Publishes slots from {@code from} to {@code to} on {@code day} (Paris time), one after the other, each of
     * {@code minutes}; a time the adviser already offers is skipped. An administrator may publish for another
     * adviser ({@code colleague}); an adviser only for themselves.
     *
     * @return how many slots were made
     */
    @RolesAllowed(Roles.ADVISER)
    public int publish(String colleague, Kind kind, LocalDate day, LocalTime from, LocalTime to, int minutes) {
        String me = caller.staffLogin();
        String forWhom = colleague == null || colleague.isBlank() ? me : colleague.strip();
        Set<Field> wrong = EnumSet.noneOf(Field.class);
        if (!forWhom.equals(me) && (!caller.isInRole(Roles.ADMIN) || !isAdviser(forWhom))) {
            wrong.add(Field.ADVISER);
        }
        if (kind == null) {
            wrong.add(Field.KIND);
        }
        if (minutes != AppointmentSlot.SHORT && minutes != AppointmentSlot.LONG) {
            wrong.add(Field.MINUTES);
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        if (day == null || day.isBefore(today) || day.isAfter(today.plusDays(WINDOW.toDays() * 3))) {
            wrong.add(Field.DAY);
        }
        if (from == null || to == null || !from.isBefore(to)
                || (wrong.isEmpty() && Duration.between(from, to).toMinutes() / minutes > MAX_PUBLISHED)) {
            wrong.add(Field.TIMES);
        }
        if (!wrong.isEmpty()) {
            throw new InvalidAppointmentException(wrong);
        }
        Instant now = clock.instant();
        Set<Instant> offered = new HashSet<>(em.createNamedQuery("AppointmentSlot.findByAdviserBetween",
                        AppointmentSlot.class)
                .setParameter("adviser", forWhom)
                .setParameter("from", day.atStartOfDay(ClockProducer.ZONE).toInstant())
                .setParameter("until", day.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant())
                .getResultStream().map(AppointmentSlot::getStartsAt).toList());
        int made = 0;
        int end = to.toSecondOfDay() / 60;
        for (int start = from.toSecondOfDay() / 60; start + minutes <= end; start += minutes) {
            Instant at = ZonedDateTime.of(day, LocalTime.ofSecondOfDay(start * 60L), ClockProducer.ZONE).toInstant();
            if (at.isAfter(now) && offered.add(at)) {
                em.persist(new AppointmentSlot(forWhom, kind, at, minutes, me, now));
                made++;
            }
        }
        return made;
    }

    /** The caller's appointments of that day (Paris), with each person, soonest first. */
    @RolesAllowed(Roles.ADVISER)
    public List<DayAppointment> day(LocalDate day) {
        Instant now = clock.instant();
        return em.createNamedQuery("Appointment.findByAdviserBetween", Appointment.class)
                .setParameter("adviser", caller.staffLogin())
                .setParameter("from", day.atStartOfDay(ClockProducer.ZONE).toInstant())
                .setParameter("until", day.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant())
                .getResultStream()
                .map(a -> {
                    InsuredPerson person = em.find(InsuredPerson.class, a.getInsuredPersonId());
                    return new DayAppointment(a.getId(), a.getStartsAt(), a.getSlot().getMinutes(),
                            a.getSlot().getKind(), a.getReason(), a.getNote(), a.getStatus(), person.getId(),
                            person.getGivenNames(), person.getFamilyName(), person.getPhone(), a.getBookedBy() != null,
                            a.getStatus() == Appointment.Status.BOOKED && !a.getStartsAt().isAfter(now));
                })
                .toList();
    }

    /**
     * The adviser starts one of their appointments: the person's access log lists it, and the adviser goes on to
     * the file.
     *
     * @return the person's id, for their file
     * @throws NotFoundException for an appointment that is not on the caller's slots
     */
    @RolesAllowed(Roles.ADVISER)
    public long hold(long appointmentId) {
        Appointment appointment = ownSlot(appointmentId);
        em.persist(new AccessLog(appointment.getInsuredPersonId(), caller.staffLogin(),
                AccessLog.Action.APPOINTMENT_HELD, clock.instant()));
        return appointment.getInsuredPersonId();
    }

    /**
     * The person did not come (or did not answer the call): once the start has passed, on the caller's own slot.
     *
     * @throws NotFoundException        for an appointment that is not on the caller's slots
     * @throws SlotUnavailableException before its start, or if it was cancelled
     */
    @RolesAllowed(Roles.ADVISER)
    public void markNoShow(long appointmentId) {
        Appointment appointment = ownSlot(appointmentId);
        Instant now = clock.instant();
        if (appointment.getStatus() != Appointment.Status.BOOKED || appointment.getStartsAt().isAfter(now)) {
            throw new SlotUnavailableException();
        }
        appointment.markNoShow(now);
        em.persist(new AccessLog(appointment.getInsuredPersonId(), caller.staffLogin(),
                AccessLog.Action.APPOINTMENT_NO_SHOW, now));
    }

    private Appointment ownSlot(long appointmentId) {
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null || !appointment.getSlot().getAdviserUsername().equals(caller.staffLogin())) {
            throw new NotFoundException("appointment");
        }
        return appointment;
    }

    private long book(long personId, long slotId, Subject reason, String note, String adviser) {
        Set<Field> wrong = EnumSet.noneOf(Field.class);
        if (reason == null || !Subject.pickable().contains(reason)) {
            wrong.add(Field.REASON);
        }
        String words = note == null || note.isBlank() ? null : note.strip();
        if (words != null && words.length() > Appointment.MAX_NOTE) {
            wrong.add(Field.NOTE_LENGTH);
        } else if (words != null && !isPlainText(words)) {
            wrong.add(Field.NOTE);
        }
        if (!wrong.isEmpty()) {
            throw new InvalidAppointmentException(wrong);
        }
        AppointmentSlot slot = em.find(AppointmentSlot.class, slotId);
        Instant now = clock.instant();
        if (slot == null || !slot.getStartsAt().isAfter(now) || slot.getStartsAt().isAfter(now.plus(WINDOW))) {
            throw new SlotUnavailableException();
        }
        long upcoming = em.createNamedQuery("Appointment.countUpcoming", Long.class)
                .setParameter("personId", personId)
                .setParameter("now", now)
                .getSingleResult();
        if (upcoming >= MAX_UPCOMING) {
            throw new TooManyAppointmentsException();
        }
        int won = em.createNamedQuery("AppointmentSlot.take").setParameter("id", slotId).executeUpdate();
        if (won == 0) {
            throw new SlotTakenException(free(slot.getKind(), OFFERED));
        }
        Appointment appointment = new Appointment(slot, personId, reason, words, adviser, now);
        em.persist(appointment);
        em.flush();
        booked.fire(new Booked(appointment.getId()));
        return appointment.getId();
    }

    private List<FreeSlot> free(Kind kind, int max) {
        if (kind == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<FreeSlot> slots = new ArrayList<>();
        em.createNamedQuery("AppointmentSlot.findFree", AppointmentSlot.class)
                .setParameter("kind", kind)
                .setParameter("from", now)
                .setParameter("until", now.plus(WINDOW))
                .setMaxResults(max)
                .getResultStream()
                .forEach(s -> slots.add(new FreeSlot(s.getId(), s.getKind(), s.getStartsAt(), s.getMinutes())));
        return slots;
    }

    private boolean isAdviser(String username) {
        return em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
                .setParameter("username", username)
                .getResultStream()
                .anyMatch(staff -> staff.getRoles().contains(Roles.ADVISER));
    }

    private static boolean cancellable(Appointment appointment, Instant now) {
        return appointment.getStatus() == Appointment.Status.BOOKED
                && !now.plus(CANCEL_BEFORE).isAfter(appointment.getStartsAt());
    }

    /**
     * Plain text as a person types it: letters of any script, digits, punctuation, spaces and line breaks; no
     * markup ({@code <}, {@code >}), no control or invisible formatting characters, no emoji or other characters
     * outside the Basic Multilingual Plane, no pictographs (which the fund's letters cannot print); « n° » and
     * the like are fine.
     */
    static boolean isPlainText(String text) {
        return text.chars().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || (c != '<' && c != '>'
                && !Character.isISOControl(c) && !Character.isSurrogate((char) c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.PRIVATE_USE
                && Character.getType(c) != Character.UNASSIGNED
                && (c < 0x100 || Character.getType(c) != Character.OTHER_SYMBOL)));
    }
}
