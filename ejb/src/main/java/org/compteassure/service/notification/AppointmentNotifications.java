package org.compteassure.service.notification;

import static org.compteassure.service.notification.Notices.ANY_ACCOUNT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
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
        Notices.Mail mail = (name, mails) -> mails.appointmentBooked(name, appointment.getStartsAt(),
                how(mails, appointment, person), reason(mails, appointment), notices.link(PAGE))
                .with(calendar(mails, appointment, person));
        boolean mailed = notices.mailAccountOf(person.getId(), mail);
        if (!mailed || appointment.getBookedBy() != null) {
            notices.post(person, notices.plainLetter(PostalLetter.Notice.APPOINTMENT, details(appointment, person)));
        }
    }

    void onReminder(@Observes ReminderDue event) {
        Appointment appointment = notices.find(Appointment.class, event.appointmentId());
        InsuredPerson person = notices.find(InsuredPerson.class, appointment.getInsuredPersonId());
        notices.tell(person.getId(), NoticeKind.REMINDER, ANY_ACCOUNT, false,
                (name, mails) -> mails.appointmentSoon(name, appointment.getStartsAt(), how(mails, appointment, person),
                        reason(mails, appointment), notices.link(PAGE)),
                notices.plainLetter(PostalLetter.Notice.APPOINTMENT_SOON, details(appointment, person)));
    }

    /** The calendar file, in the mail's language. */
    private MailContent.Attachment calendar(Mails mails, Appointment appointment, InsuredPerson person) {
        return new MailContent.Attachment("rendez-vous.ics", CalendarFile.TYPE,
                CalendarFile.event("appointment-" + appointment.getId() + "@" + host(), notices.now(),
                        appointment.getStartsAt(), appointment.getSlot().getEndsAt(),
                        mails.text("appointment.calendar.summary"),
                        mails.text("appointment.calendar.description", reason(mails, appointment), notices.link(PAGE)),
                        appointment.getSlot().getKind() == Kind.COUNTER && !installation.counterAddress().isBlank()
                                ? installation.counterAddress() : how(mails, appointment, person)));
    }

    private String how(Mails mails, Appointment appointment, InsuredPerson person) {
        boolean counter = appointment.getSlot().getKind() == Kind.COUNTER;
        return mails.appointmentHow(counter, counter ? installation.counterAddress() : person.getPhone());
    }

    private static String reason(Mails mails, Appointment appointment) {
        return mails.subject(appointment.getReason().name());
    }

    /** « le 10 décembre 2026 à 9 h 30, par téléphone (…), au sujet de « … » », for a letter (letters are French). */
    private String details(Appointment appointment, InsuredPerson person) {
        Mails french = Notices.FRENCH;
        return french.appointmentWhen(appointment.getStartsAt()) + ", " + how(french, appointment, person) + " — « "
                + reason(french, appointment) + " »";
    }

    private String host() {
        String host = URI.create(installation.baseUrl()).getHost();
        return host == null ? "compte-assure" : host;
    }
}
