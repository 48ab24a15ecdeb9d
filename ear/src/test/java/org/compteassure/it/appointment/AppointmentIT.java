package org.compteassure.it.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.appointment.Appointment;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.messaging.AccessLog;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.persistence.notification.OutboundMail;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.NoticeChannel;
import org.compteassure.service.account.PaperlessConsentRequiredException;
import org.compteassure.service.account.ProfileEvents.VitaleLossDeclared;
import org.compteassure.service.account.ProfileService;
import org.compteassure.service.appointment.AppointmentReminders;
import org.compteassure.service.appointment.AppointmentService;
import org.compteassure.service.appointment.DayAppointment;
import org.compteassure.service.appointment.FreeSlot;
import org.compteassure.service.appointment.InvalidAppointmentException;
import org.compteassure.service.appointment.InvalidAppointmentException.Field;
import org.compteassure.service.appointment.MyAppointment;
import org.compteassure.service.appointment.SlotTakenException;
import org.compteassure.service.appointment.SlotUnavailableException;
import org.compteassure.service.appointment.TooLateToCancelException;
import org.compteassure.service.appointment.TooManyAppointmentsException;
import org.compteassure.service.demarche.DemarcheEvents.Advanced;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.MessagingEvents.ReplyReminderDue;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.service.payment.PaymentEvents.NewPaymentsArrived;
import org.compteassure.service.platform.ClockProducer;
import org.compteassure.service.security.ActivityEvents.NewDeviceSignIn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;

/**
 * « Prendre rendez-vous » and the notice preferences, in the container with the movable clock: slots published and
 * booked, the confirmation with its calendar file through the outbox, two bookings of one slot in two concurrent
 * transactions (one wins, the other is offered the next slots), the reminder of the day before sent once, the
 * cancellation limit, the 2-upcoming limit, bad input storing nothing, the adviser's day, file and no-show; then
 * every notice sender counted in mails and letters under each preference, security notices always sent.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentIT {

    private static final ZonedDateTime NOW = ZonedDateTime.now(ClockProducer.ZONE);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AppointmentIT.class, People.class, Mailbox.class, TestAccounts.class);
    }

    @Inject
    private Transactions tx;

    @Inject
    private TestClock clock;

    @Inject
    private Event<Object> events;

    @EJB
    private AppointmentService appointments;

    @EJB
    private AppointmentReminders reminders;

    @EJB
    private ProfileService profiles;

    @EJB
    private MessagingService messaging;

    @EJB
    private AdviserDeskService desk;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A fresh adviser's slots on a day {@code daysAhead} from now, 9:00 to 10:00 Paris time, 30 minutes each. */
    private List<FreeSlot> publish(String adviser, Kind kind, int daysAhead) {
        LocalDate day = NOW.toLocalDate().plusDays(daysAhead);
        assertEquals(2, (int) Callers.asAdviser(adviser, () -> appointments.publish(null, kind, day,
                LocalTime.of(9, 0), LocalTime.of(10, 0), 30)));
        Instant from = day.atTime(9, 0).atZone(ClockProducer.ZONE).toInstant();
        return Callers.asAdviser(adviser, () -> appointments.freeSlots(kind)).stream()
                .filter(s -> !s.startsAt().isBefore(from) && s.startsAt().isBefore(from.plus(Duration.ofHours(1))))
                .filter(s -> tx.call(em -> em.createQuery("SELECT s.adviserUsername FROM AppointmentSlot s WHERE s.id = :id",
                        String.class).setParameter("id", s.id()).getSingleResult()).equals(adviser))
                .toList();
    }

    private static String adviser() {
        return "rdv-" + System.nanoTime();
    }

    private long personOf(long accountId) {
        return tx.call(em -> em.find(Account.class, accountId).getInsuredPerson().getId());
    }

    private List<OutboundMail> mails(String address) {
        return tx.call(em -> em.createQuery("SELECT m FROM OutboundMail m WHERE m.recipient = :r ORDER BY m.id",
                OutboundMail.class).setParameter("r", address).getResultList());
    }

    private List<PostalLetter> letters(long personId) {
        return tx.call(em -> em.createQuery("SELECT l FROM PostalLetter l WHERE l.insuredPersonId = :p ORDER BY l.id",
                PostalLetter.class).setParameter("p", personId).getResultList());
    }

    private long appointmentsOf(long personId) {
        return tx.call(em -> em.createQuery("SELECT COUNT(a) FROM Appointment a WHERE a.insuredPersonId = :p",
                Long.class).setParameter("p", personId).getSingleResult());
    }

    @Test
    void aPersonBooksAFreeSlotAndGetsTheConfirmationWithItsCalendarFile() {
        String adviser = adviser();
        List<FreeSlot> slots = publish(adviser, Kind.COUNTER, 3);
        assertEquals(2, slots.size(), "9:00 and 9:30");
        assertEquals(0, (int) Callers.asAdviser(adviser, () -> appointments.publish(null, Kind.COUNTER,
                NOW.toLocalDate().plusDays(3), LocalTime.of(9, 0), LocalTime.of(10, 0), 30)), "no slot twice");
        People.Person who = People.fresh(true);
        long account = TestAccounts.create(tx, who);

        String calendar = tx.call(em -> {
            long id = Callers.asInsured(account, () -> appointments.book(slots.get(0).id(), Subject.REIMBURSEMENTS,
                    "Un remboursement de juin, n° 12 — « question »"));
            OutboundMail mail = em.createQuery("SELECT m FROM OutboundMail m WHERE m.recipient = :r", OutboundMail.class)
                    .setParameter("r", who.email()).getSingleResult();
            assertTrue(mail.getSubject().startsWith("Votre rendez-vous du "), mail.getSubject());
            assertEquals("rendez-vous.ics", mail.getAttachmentName());
            assertTrue(mail.getAttachmentBody().contains("UID:appointment-" + id + "@"), mail.getAttachmentBody());
            return mail.getAttachmentBody();
        });
        assertTrue(calendar.contains("DTSTART:" + slots.get(0).startsAt().toString().replace("-", "").replace(":", "")
                .replace(".000", "").substring(0, 15) + "Z"), calendar);
        assertTrue(calendar.contains("\r\nLOCATION:"), calendar);
        List<MyAppointment> mine = Callers.asInsured(account, () -> appointments.mine());
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).upcoming() && mine.get(0).cancellable());
        assertEquals(Kind.COUNTER, mine.get(0).kind());
        assertEquals(List.of(), letters(personOf(account)), "booked online: no letter");
        assertFalse(Callers.asAdviser(adviser, () -> appointments.freeSlots(Kind.COUNTER)).stream()
                .anyMatch(s -> s.id() == slots.get(0).id()), "the slot is no longer offered");
    }

    @Test
    void twoConcurrentBookingsOfOneSlotLetOneWinAndOfferTheOtherTheNextSlots() throws Exception {
        List<FreeSlot> slots = publish(adviser(), Kind.PHONE, 4);
        long first = TestAccounts.create(tx, People.fresh(true));
        long second = TestAccounts.create(tx, People.fresh(true));
        SecurityDomain domain = SecurityDomain.getCurrent();
        CountDownLatch firstHoldsTheSlot = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> won = threads.submit(() -> domain.getAnonymousSecurityIdentity().runAs(
                    (PrivilegedExceptionAction<Long>) () -> tx.call(em -> {
                        long id = Callers.asInsured(first, () -> appointments.book(slots.get(0).id(),
                                Subject.OTHER, null));
                        firstHoldsTheSlot.countDown();
                        try {
                            release.await(1, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return id;
                    })));
            assertTrue(firstHoldsTheSlot.await(1, TimeUnit.MINUTES));
            Future<Object> lost = threads.submit(() -> domain.getAnonymousSecurityIdentity().runAs(
                    (PrivilegedExceptionAction<Object>) () -> {
                        try {
                            return Callers.asInsured(second, () -> appointments.book(slots.get(0).id(),
                                    Subject.OTHER, null));
                        } catch (SlotTakenException e) {
                            return e;
                        }
                    }));
            assertThrows(TimeoutException.class, () -> lost.get(1, TimeUnit.SECONDS),
                    "the second transaction waits for the first one's lock on the slot");
            release.countDown();
            long winner = won.get(1, TimeUnit.MINUTES);
            Object loser = lost.get(1, TimeUnit.MINUTES);
            assertTrue(loser instanceof SlotTakenException, String.valueOf(loser));
            List<FreeSlot> next = ((SlotTakenException) loser).next();
            assertTrue(next.stream().anyMatch(s -> s.id() == slots.get(1).id()), "offered the next slot: " + next);
            assertTrue(next.stream().noneMatch(s -> s.id() == slots.get(0).id()));
            assertEquals(1, appointmentsOf(personOf(first)));
            assertEquals(0, appointmentsOf(personOf(second)), "nothing stored for the one who lost");
            assertEquals(winner, (long) tx.call(em -> em.createQuery("SELECT a.id FROM Appointment a WHERE "
                    + "a.slot.id = :s", Long.class).setParameter("s", slots.get(0).id()).getSingleResult()));
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void atMostTwoUpcomingAndCancellationUpToTwoHoursBefore() {
        List<FreeSlot> slots = new ArrayList<>(publish(adviser(), Kind.PHONE, 5));
        slots.addAll(publish(adviser(), Kind.PHONE, 6));
        long account = TestAccounts.create(tx, People.fresh(true));
        long other = TestAccounts.create(tx, People.fresh(true));
        long a = Callers.asInsured(account, () -> appointments.book(slots.get(0).id(), Subject.OTHER, null));
        Callers.asInsured(account, () -> appointments.book(slots.get(2).id(), Subject.VITALE_CARD, null));
        assertThrows(TooManyAppointmentsException.class,
                () -> Callers.asInsured(account, () -> appointments.book(slots.get(3).id(), Subject.OTHER, null)));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(other, () -> appointments.cancel(a)),
                "another person's appointment");

        Instant start = slots.get(0).startsAt();
        clock.advance(Duration.between(Instant.now(), start.minus(Duration.ofHours(2)).minusSeconds(60)));
        Callers.asInsured(account, () -> appointments.cancel(a));
        assertEquals(Appointment.Status.CANCELLED, Callers.asInsured(account, () -> appointments.mine()).stream()
                .filter(m -> m.id() == a).findFirst().orElseThrow().status());
        assertTrue(Callers.asInsured(other, () -> appointments.freeSlots(Kind.PHONE)).stream()
                .anyMatch(s -> s.id() == slots.get(0).id()), "the cancelled slot is free again");
        long again = Callers.asInsured(account, () -> appointments.book(slots.get(1).id(), Subject.OTHER, null));

        clock.advance(Duration.ofMinutes(32));
        assertThrows(TooLateToCancelException.class, () -> Callers.asInsured(account, () -> appointments.cancel(again)),
                "1 h 59 before the 9:30 slot");
        assertEquals(Appointment.Status.BOOKED, Callers.asInsured(account, () -> appointments.mine()).stream()
                .filter(m -> m.id() == again).findFirst().orElseThrow().status());
        clock.advance(Duration.ofHours(3));
        assertThrows(SlotUnavailableException.class, () -> Callers.asInsured(other,
                () -> appointments.book(slots.get(0).id(), Subject.OTHER, null)), "a past slot");
        List<FreeSlot> far = publish(adviser(), Kind.PHONE, 40);
        assertTrue(far.isEmpty(), "published, but beyond the 4 weeks a person sees");
    }

    @Test
    void badInputIsRefusedWithItsFieldAndStoresNothing() {
        List<FreeSlot> slots = publish(adviser(), Kind.COUNTER, 7);
        long account = TestAccounts.create(tx, People.fresh(true));
        long person = personOf(account);
        Map<String, Set<Field>> cases = Map.of(
                "x".repeat(10_000), Set.of(Field.NOTE_LENGTH),
                "<script>alert(1)</script>", Set.of(Field.NOTE),
                "Bonjour 😀", Set.of(Field.NOTE),
                "Bonjour \u202Eabc", Set.of(Field.NOTE));
        cases.forEach((note, fields) -> assertEquals(fields, assertThrows(InvalidAppointmentException.class,
                () -> Callers.asInsured(account, () -> appointments.book(slots.get(0).id(), Subject.OTHER, note)))
                .fields(), note.length() > 40 ? "10 000 characters" : note));
        assertEquals(Set.of(Field.REASON), assertThrows(InvalidAppointmentException.class, () -> Callers.asInsured(
                account, () -> appointments.book(slots.get(0).id(), null, null))).fields());
        assertEquals(Set.of(Field.REASON), assertThrows(InvalidAppointmentException.class, () -> Callers.asInsured(
                account, () -> appointments.book(slots.get(0).id(), Subject.PAYMENT_REPORT, null))).fields());
        assertThrows(SlotUnavailableException.class, () -> Callers.asInsured(account,
                () -> appointments.book(Long.MAX_VALUE, Subject.OTHER, null)), "an unknown slot id");
        assertEquals(Set.of(InvalidAppointmentException.Field.TIMES, InvalidAppointmentException.Field.MINUTES),
                assertThrows(InvalidAppointmentException.class, () -> Callers.asAdviser(adviser(),
                        () -> appointments.publish(null, Kind.PHONE, NOW.toLocalDate().plusDays(1),
                                LocalTime.of(12, 0), LocalTime.of(9, 0), 20))).fields());
        assertEquals(Set.of(InvalidAppointmentException.Field.DAY), assertThrows(InvalidAppointmentException.class,
                () -> Callers.asAdviser(adviser(), () -> appointments.publish(null, Kind.PHONE,
                        NOW.toLocalDate().minusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0), 15))).fields());
        assertEquals(Set.of(InvalidAppointmentException.Field.ADVISER), assertThrows(InvalidAppointmentException.class,
                () -> Callers.asAdviser(adviser(), () -> appointments.publish("someone-else", Kind.PHONE,
                        NOW.toLocalDate().plusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0), 15))).fields(),
                "an adviser publishes only for themselves");
        assertEquals(0, appointmentsOf(person));
        assertTrue(Callers.asInsured(account, () -> appointments.freeSlots(Kind.COUNTER)).stream()
                .anyMatch(s -> s.id() == slots.get(0).id()), "still free");
        Callers.asInsured(account, () -> appointments.book(slots.get(0).id(), Subject.OTHER, "Précisions : n° 3."));
    }

    @Test
    void theReminderGoesOnceTheDayBefore() {
        List<FreeSlot> slots = publish(adviser(), Kind.PHONE, 3);
        People.Person who = People.fresh(true);
        long account = TestAccounts.create(tx, who);
        Callers.asInsured(account, () -> appointments.book(slots.get(0).id(), Subject.OTHER, null));
        Callers.asSystem(() -> reminders.runDue());
        assertEquals(1, mails(who.email()).size(), "the confirmation only");

        clock.advance(Duration.between(Instant.now(), slots.get(0).startsAt().minus(Duration.ofDays(1)))
                .plusMinutes(1));
        Callers.asSystem(() -> reminders.runDue());
        Callers.asSystem(() -> reminders.runDue());
        List<OutboundMail> mails = mails(who.email());
        assertEquals(2, mails.size(), "the reminder, once");
        assertEquals("Rappel : votre rendez-vous de demain", mails.get(1).getSubject());
    }

    @Test
    void anAdviserBooksForAPersonWithoutAccountAndMarksTheMissedAppointment() {
        String adviser = adviser();
        List<FreeSlot> slots = publish(adviser, Kind.PHONE, 2);
        long person = tx.call(em -> {
            InsuredPerson p = new InsuredPerson(Nir.parse(People.fresh(false).nir13(), false), "SANSCOMPTE", "Paul",
                    LocalDate.of(1950, 3, 1), InsuredPerson.Sex.MALE,
                    new PostalAddress("1 RUE DU TEST", null, "75001", "PARIS", "FRANCE"));
            p.setPhone("+33612345678");
            em.persist(p);
            em.flush();
            return p.getId();
        });
        long id = Callers.asAdviser(adviser, () -> appointments.bookFor(person, slots.get(0).id(),
                Subject.DAILY_ALLOWANCES, null));
        List<PostalLetter> letters = letters(person);
        assertEquals(1, letters.size(), "confirmed by letter");
        assertEquals(PostalLetter.Notice.APPOINTMENT, letters.get(0).getNotice());
        assertTrue(letters.get(0).getDetails().contains("06 12 34 56 78") || letters.get(0).getDetails()
                .contains("+33612345678"), letters.get(0).getDetails());
        assertThrows(NotFoundException.class, () -> Callers.asAdviser(adviser,
                () -> appointments.bookFor(Long.MAX_VALUE, slots.get(1).id(), Subject.OTHER, null)));

        LocalDate day = slots.get(0).startsAt().atZone(ClockProducer.ZONE).toLocalDate();
        List<DayAppointment> list = Callers.asAdviser(adviser, () -> appointments.day(day));
        assertEquals(1, list.size());
        assertEquals("SANSCOMPTE", list.get(0).familyName());
        assertFalse(list.get(0).canMarkNoShow(), "not before its time");
        assertThrows(NotFoundException.class, () -> Callers.asAdviser(adviser(), () -> appointments.hold(id)),
                "another adviser's appointment");
        assertThrows(SlotUnavailableException.class, () -> Callers.asAdviser(adviser,
                () -> appointments.markNoShow(id)));
        assertEquals(person, (long) Callers.asAdviser(adviser, () -> appointments.hold(id)));

        clock.advance(Duration.between(Instant.now(), slots.get(0).startsAt()).plusMinutes(20));
        Callers.asAdviser(adviser, () -> appointments.markNoShow(id));
        assertEquals(Appointment.Status.NO_SHOW, Callers.asAdviser(adviser, () -> appointments.day(day)).get(0)
                .status());
        List<AccessLog.Action> log = tx.call(em -> em.createNamedQuery("AccessLog.findByPerson", AccessLog.class)
                .setParameter("personId", person).getResultStream().map(AccessLog::getAction).toList());
        assertEquals(List.of(AccessLog.Action.APPOINTMENT_NO_SHOW, AccessLog.Action.APPOINTMENT_HELD,
                AccessLog.Action.APPOINTMENT_BOOKED), log, "« Consultations de mon dossier »");
    }

    /** Fires every notice of a kind, and a security one, in one transaction each, the way the services do. */
    private void fireEveryNotice(long account, long person, long reply, String demarche) {
        tx.run(em -> events.fire(new NewPaymentsArrived(person)));
        tx.run(em -> Callers.asAdviser("rdv-desk", () -> desk.reply(threadOf(reply), "Réponse", List.of())));
        tx.run(em -> events.fire(new ReplyReminderDue(reply)));
        tx.run(em -> events.fire(new Advanced(demarche, DemarcheType.IBAN_CHANGE, person, DemarcheStatus.IN_PROGRESS)));
        tx.run(em -> events.fire(new VitaleLossDeclared(account, "VL-TEST", Instant.now())));
        tx.run(em -> events.fire(new NewDeviceSignIn(account, Instant.now(), "Firefox", "Paris")));
    }

    private long threadOf(long messageId) {
        return tx.call(em -> em.createQuery("SELECT m.thread.id FROM Message m WHERE m.id = :id", Long.class)
                .setParameter("id", messageId).getSingleResult());
    }

    private Map<NoticeKind, NoticeChannel> all(NoticeChannel channel) {
        Map<NoticeKind, NoticeChannel> channels = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            channels.put(kind, channel);
        }
        return channels;
    }

    @Test
    void everyNoticeSenderHonoursThePreferencesAndSecurityNoticesAlwaysGo() {
        People.Person who = People.fresh(true);
        long account = TestAccounts.create(tx, who);
        long person = personOf(account);
        long thread = Callers.asInsured(account, () -> messaging.write(Subject.OTHER, "Une question", List.of()));
        Callers.asAdviser("rdv-desk", () -> desk.take(thread));
        Callers.asAdviser("rdv-desk", () -> desk.reply(thread, "Première réponse", List.of()));
        long reply = tx.call(em -> em.createQuery("SELECT MAX(m.id) FROM Message m WHERE m.thread.id = :t", Long.class)
                .setParameter("t", thread).getSingleResult());
        int mails = mails(who.email()).size();
        int letters = letters(person).size();

        // By default: 6 e-mails (5 notices of a kind and the new device), no letter.
        fireEveryNotice(account, person, reply, "D-2026-900001");
        assertEquals(mails + 6, mails(who.email()).size());
        assertEquals(letters, letters(person).size());

        // « Par courriel » only needs the consent: refused, nothing saved.
        assertThrows(PaperlessConsentRequiredException.class,
                () -> Callers.asInsured(account, () -> profiles.changeNoticeSettings(all(NoticeChannel.EMAIL), false)));
        assertFalse(Callers.asInsured(account, () -> profiles.noticeSettings()).paperless());

        // Every kind by letter: 5 letters, and the security notice still by e-mail.
        Callers.asInsured(account, () -> profiles.changeNoticeSettings(all(NoticeChannel.LETTER), false));
        fireEveryNotice(account, person, reply, "D-2026-900002");
        assertEquals(mails + 7, mails(who.email()).size(), "only the new-device notice by e-mail");
        List<PostalLetter> byPost = letters(person);
        assertEquals(letters + 5, byPost.size());
        assertEquals(Set.of(PostalLetter.Notice.NEW_PAYMENT, PostalLetter.Notice.NEW_REPLY,
                PostalLetter.Notice.REPLY_REMINDER, PostalLetter.Notice.DEMARCHE_ADVANCED, PostalLetter.Notice.DOCUMENT),
                Set.copyOf(byPost.subList(letters, byPost.size()).stream().map(PostalLetter::getNotice).toList()));

        // Both: 6 e-mails and 5 letters more.
        Callers.asInsured(account, () -> profiles.changeNoticeSettings(all(NoticeChannel.BOTH), false));
        fireEveryNotice(account, person, reply, "D-2026-900003");
        assertEquals(mails + 13, mails(who.email()).size());
        assertEquals(letters + 10, letters(person).size());

        // E-mail only with the consent (dated): e-mails, no letter.
        Callers.asInsured(account, () -> profiles.changeNoticeSettings(all(NoticeChannel.EMAIL), true));
        assertTrue(Callers.asInsured(account, () -> profiles.noticeSettings()).paperlessSince() != null);
        fireEveryNotice(account, person, reply, "D-2026-900004");
        assertEquals(mails + 19, mails(who.email()).size());
        assertEquals(letters + 10, letters(person).size());

        // Payments by letter, the rest by e-mail: exactly one letter more.
        Map<NoticeKind, NoticeChannel> mixed = all(NoticeChannel.EMAIL);
        mixed.put(NoticeKind.PAYMENT, NoticeChannel.LETTER);
        Callers.asInsured(account, () -> profiles.changeNoticeSettings(mixed, true));
        fireEveryNotice(account, person, reply, "D-2026-900005");
        assertEquals(mails + 24, mails(who.email()).size());
        assertEquals(letters + 11, letters(person).size());
        assertEquals(PostalLetter.Notice.NEW_PAYMENT, letters(person).get(letters + 10).getNotice());
        assertEquals(1L, (long) tx.call(em -> em.createQuery("SELECT COUNT(c) FROM PaperlessConsent c "
                + "WHERE c.insuredPersonId = :p", Long.class).setParameter("p", person).getSingleResult()),
                "one dated consent record, none for the refused save");
    }
}
