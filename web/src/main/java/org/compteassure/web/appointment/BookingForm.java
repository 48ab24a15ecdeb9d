package org.compteassure.web.appointment;

import java.io.Serializable;
import java.util.List;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.appointment.FreeSlot;
import org.compteassure.service.appointment.InvalidAppointmentException;
import org.compteassure.service.appointment.SlotTakenException;
import org.compteassure.service.appointment.SlotUnavailableException;
import org.compteassure.service.appointment.TooManyAppointmentsException;
import org.compteassure.web.platform.Messages;

/**
 * The booking form shared by the person's page and the adviser's (WEB-INF/includes/appointment-booking.xhtml): a
 * kind, then its free slots, a reason and a note. When the slot was just taken by someone else, the form says so
 * next to the slots and offers the next free ones.
 */
public abstract class BookingForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "book";

    private Kind kind;
    private Subject reason;
    private Long slot;
    private String note;
    private transient List<FreeSlot> slots;

    /** The free slots of a kind, soonest first. */
    protected abstract List<FreeSlot> freeSlots(Kind kind);

    /** Books {@code slot}; the page's own confirmation and redirection follow. */
    protected abstract String booked(long slot, Subject reason, String note);

    public Kind[] getKinds() {
        return Kind.values();
    }

    /** Step 1: the kind chosen, its slots are shown. */
    public String show() {
        slots = null;
        slot = null;
        return null;
    }

    /** Step 2: books the slot picked; every refusal is a message next to its field and nothing is stored. */
    public String book() {
        if (slot == null) {
            Messages.fieldError(FORM, "slot", "rendezVous.slot.missing");
            return null;
        }
        try {
            return booked(slot, reason, note);
        } catch (InvalidAppointmentException e) {
            e.fields().forEach(field -> Messages.fieldError(FORM, field == InvalidAppointmentException.Field.REASON
                    ? "reason" : field == InvalidAppointmentException.Field.SLOT ? "slot" : "note",
                    "rendezVous.invalid." + field, note == null ? 0 : note.strip().length()));
        } catch (SlotTakenException e) {
            Messages.fieldError(FORM, "slot", "rendezVous.slot.taken");
            slots = e.next();
            slot = null;
        } catch (SlotUnavailableException e) {
            Messages.fieldError(FORM, "slot", "rendezVous.slot.unavailable");
            slots = null;
            slot = null;
        } catch (TooManyAppointmentsException e) {
            Messages.fieldError(FORM, "slot", "rendezVous.tooMany");
        }
        return null;
    }

    public List<FreeSlot> getSlots() {
        if (slots == null) {
            slots = kind == null ? List.of() : freeSlots(kind);
        }
        return slots;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public Subject getReason() {
        return reason;
    }

    public void setReason(Subject reason) {
        this.reason = reason;
    }

    public Long getSlot() {
        return slot;
    }

    public void setSlot(Long slot) {
        this.slot = slot;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
