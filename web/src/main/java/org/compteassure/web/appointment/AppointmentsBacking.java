package org.compteassure.web.appointment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.appointment.AppointmentService;
import org.compteassure.service.appointment.FreeSlot;
import org.compteassure.service.appointment.MyAppointment;
import org.compteassure.service.appointment.TooLateToCancelException;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /espace/rendez-vous « Prendre rendez-vous »: the person's appointments (cancel up to 2 hours before) and, while
 * they have fewer than 2 to come, the booking form.
 */
@Named
@ViewScoped
public class AppointmentsBacking extends BookingForm {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/espace/rendez-vous";

    @EJB
    private AppointmentService appointments;

    private transient List<MyAppointment> mine;

    public List<MyAppointment> getMine() {
        if (mine == null) {
            mine = appointments.mine();
        }
        return mine;
    }

    /** Whether another may be booked: fewer than the most allowed to come. */
    public boolean isMayBook() {
        return getMine().stream().filter(MyAppointment::upcoming).count() < AppointmentService.MAX_UPCOMING;
    }

    public List<Subject> getReasons() {
        return appointments.reasons();
    }

    public String getCounterAddress() {
        return appointments.counterAddress();
    }

    public String cancel(long id) {
        try {
            appointments.cancel(id);
            Messages.flash("rendezVous.cancelled");
            return Http.redirect(PAGE);
        } catch (TooLateToCancelException e) {
            Messages.error("rendezVous.tooLate");
            mine = null;
            return null;
        }
    }

    @Override
    protected List<FreeSlot> freeSlots(Kind kind) {
        return appointments.freeSlots(kind);
    }

    @Override
    protected String booked(long slot, Subject reason, String note) {
        appointments.book(slot, reason, note);
        Messages.flash("rendezVous.booked");
        return Http.redirect(PAGE);
    }
}
