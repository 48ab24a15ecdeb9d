package org.compteassure.service.notification;

import static org.compteassure.service.notification.Notices.ANY_ACCOUNT;
import static org.compteassure.service.notification.Notices.MAILS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.function.Function;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.persistence.appointment.Appointment;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.appointment.AppointmentEvents.Booked;
import org.compteassure.service.appointment.AppointmentEvents.ReminderDue;
import org.compteassure.service.platform.Installation;

/**
 * An appointment's confirmation and reminder, in the transaction that booked it or claimed the reminder. Booked
 * online: an e-mail with the calendar file (a letter if the account has no address). Booked by an adviser: a
 * letter, and the e-mail too when the person has an address. The reminder of the day before is a notice of kind
 * {@link NoticeKind#REMINDER}: it goes as the person's preferences say.
 */
@ApplicationScoped
public class AppointmentNotifications {

    private static final String PAGE = "/espace/rendez-vous";

    @Inject
    private Notices notices;

    @Inject
    private Installation installation;

    void onBooked(@Observes Booked event) {
        Appointment appointment = notices.find(Appointment.class, event.appointmentId());
        InsuredPerson person = notices.find(InsuredPerson.class, appointment.getInsuredPersonId());
        String how = how(appointment, person);
        String reason = MAILS.subject(appointment.getReason().name());
        MailContent.Attachment calendar = new MailContent.Attachment("rendez-vous.ics", CalendarFile.TYPE,
                CalendarFile.event("appointment-" + appointment.getId() + "@" + host(), notices.now(),
                        appointment.getStartsAt(), appointment.getSlot().getEndsAt(),
                        MAILS.text("appointment.calendar.summary"),
                        MAILS.text("appointment.calendar.description", reason, notices.link(PAGE)),
                        appointment.getSlot().getKind() == Kind.COUNTER && !installation.counterAddress().isBlank()
                                ? installation.counterAddress() : how));
        Function<String, MailContent> mail = name -> MAILS.appointmentBooked(name, appointment.getStartsAt(), how,
                reason, notices.link(PAGE)).with(calendar);
        boolean mailed = notices.mailAccountOf(person.getId(), mail);
        if (!mailed || appointment.getBookedBy() != null) {
            notices.post(person, notices.plainLetter(PostalLetter.Notice.APPOINTMENT, details(appointment, how)));
        }
    }

    void onReminder(@Observes ReminderDue event) {
        Appointment appointment = notices.find(Appointment.class, event.appointmentId());
        InsuredPerson person = notices.find(InsuredPerson.class, appointment.getInsuredPersonId());
        String how = how(appointment, person);
        notices.tell(person.getId(), NoticeKind.REMINDER, ANY_ACCOUNT, false,
                name -> MAILS.appointmentSoon(name, appointment.getStartsAt(), how,
                        MAILS.subject(appointment.getReason().name()), notices.link(PAGE)),
                notices.plainLetter(PostalLetter.Notice.APPOINTMENT_SOON, details(appointment, how)));
    }

    private String how(Appointment appointment, InsuredPerson person) {
        boolean counter = appointment.getSlot().getKind() == Kind.COUNTER;
        return MAILS.appointmentHow(counter, counter ? installation.counterAddress() : person.getPhone());
    }

    /** « le 10 décembre 2026 à 9 h 30, par téléphone (…), au sujet de « … » », for a letter. */
    private static String details(Appointment appointment, String how) {
        return MAILS.appointmentWhen(appointment.getStartsAt()) + ", " + how + " — « "
                + MAILS.subject(appointment.getReason().name()) + " »";
    }

    private String host() {
        String host = URI.create(installation.baseUrl()).getHost();
        return host == null ? "compte-assure" : host;
    }
}
