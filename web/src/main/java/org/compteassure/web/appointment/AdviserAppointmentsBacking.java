package org.compteassure.web.appointment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import jakarta.inject.Inject;
import org.compteassure.persistence.appointment.AppointmentSlot;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.appointment.AppointmentService;
import org.compteassure.service.appointment.DayAppointment;
import org.compteassure.service.appointment.FreeSlot;
import org.compteassure.service.appointment.InvalidAppointmentException;
import org.compteassure.service.appointment.SlotUnavailableException;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /conseiller/rendez-vous: the adviser's appointments of a day (each with the person's file, and « Absent » once its
 * time has passed), the publication of slots, and, from a person's file ({@code ?personne=}), the booking for them.
 */
@Named
@ViewScoped
public class AdviserAppointmentsBacking extends BookingForm {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/conseiller/rendez-vous";
    private static final String PUBLISH = "publish";

    @EJB
    private AppointmentService appointments;

    @EJB
    private AdviserDeskService desk;

    @Inject
    private transient Clock clock;

    private String personne;
    private String personName;
    private String jour;
    private LocalDate day;
    private transient List<DayAppointment> dayList;

    private LocalDate publishDay;
    private String from = "09:00";
    private String to = "12:00";
    private Integer minutes = AppointmentSlot.LONG;
    private Kind publishKind;
    private String adviser;

    /** Reads {@code ?personne=}: the person booked for (404 for an unknown one, through the desk). */
    public void load() {
        try {
            day = jour == null || jour.isBlank() ? LocalDate.now(clock) : LocalDate.parse(jour.strip());
        } catch (DateTimeParseException e) {
            day = LocalDate.now(clock);
        }
        if (personne != null && !personne.isBlank()) {
            try {
                AdviserDeskService.PersonDetails person = desk.file(Long.parseLong(personne.strip())).person();
                personName = person.givenNames() + " " + person.familyName();
            } catch (NumberFormatException e) {
                Http.sendError(404);
            }
        }
    }

    public List<DayAppointment> getDayList() {
        if (dayList == null) {
            dayList = appointments.day(day);
        }
        return dayList;
    }

    public String hold(long id) {
        return Http.redirect("/conseiller/dossier?id=" + appointments.hold(id));
    }

    public String noShow(long id) {
        try {
            appointments.markNoShow(id);
            Messages.flash("rendezVousConseiller.noShowMarked");
        } catch (SlotUnavailableException e) {
            Messages.flash("rendezVousConseiller.noShowEarly");
        }
        return Http.redirect(PAGE + "?jour=" + day);
    }

    public String publish() {
        LocalTime start = time(from);
        LocalTime end = time(to);
        if (start == null || end == null) {
            Messages.fieldError(PUBLISH, start == null ? "from" : "to", "rendezVousConseiller.invalid.TIMES");
            return null;
        }
        try {
            int made = appointments.publish(adviser, publishKind, publishDay, start, end,
                    minutes == null ? 0 : minutes);
            Messages.flash("rendezVousConseiller.published", made);
            return Http.redirect(PAGE);
        } catch (InvalidAppointmentException e) {
            e.fields().forEach(field -> Messages.fieldError(PUBLISH, switch (field) {
                case KIND -> "publishKind";
                case DAY -> "publishDay";
                case MINUTES -> "minutes";
                case ADVISER -> "adviser";
                default -> "from";
            }, "rendezVousConseiller.invalid." + field));
            return null;
        }
    }

    private static LocalTime time(String typed) {
        try {
            return typed == null ? null : LocalTime.parse(typed.strip().replace('h', ':').replace('H', ':'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<Subject> getReasons() {
        return appointments.reasons();
    }

    public List<Integer> getLengths() {
        return List.of(AppointmentSlot.SHORT, AppointmentSlot.LONG);
    }

    @Override
    protected List<FreeSlot> freeSlots(Kind kind) {
        return appointments.freeSlots(kind);
    }

    @Override
    protected String booked(long slot, Subject reason, String note) {
        long person = Long.parseLong(personne.strip());
        appointments.bookFor(person, slot, reason, note);
        Messages.flash("rendezVousConseiller.bookedFor", personName);
        return Http.redirect("/conseiller/dossier?id=" + person);
    }

    public String getPersonne() {
        return personne;
    }

    public void setPersonne(String personne) {
        this.personne = personne;
    }

    public String getPersonName() {
        return personName;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getJour() {
        return jour;
    }

    public void setJour(String jour) {
        this.jour = jour;
    }

    public LocalDate getPreviousDay() {
        return day.minusDays(1);
    }

    public LocalDate getNextDay() {
        return day.plusDays(1);
    }

    public LocalDate getPublishDay() {
        return publishDay;
    }

    public void setPublishDay(LocalDate publishDay) {
        this.publishDay = publishDay;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Kind getPublishKind() {
        return publishKind;
    }

    public void setPublishKind(Kind publishKind) {
        this.publishKind = publishKind;
    }

    public String getAdviser() {
        return adviser;
    }

    public void setAdviser(String adviser) {
        this.adviser = adviser;
    }
}
