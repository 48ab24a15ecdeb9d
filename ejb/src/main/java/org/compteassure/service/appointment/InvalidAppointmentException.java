package org.compteassure.service.appointment;

import java.util.Set;
import org.compteassure.service.BusinessException;

/** A booking or a publication whose fields fail their checks; {@code fields} says which, for the messages. */
public class InvalidAppointmentException extends BusinessException {

    /** The forms' fields a check can fail on. */
    public enum Field { REASON, NOTE, NOTE_LENGTH, SLOT, KIND, DAY, TIMES, MINUTES, ADVISER }

    private final Set<Field> fields;

    public InvalidAppointmentException(Set<Field> fields) {
        super("appointment refused: " + fields);
        this.fields = Set.copyOf(fields);
    }

    public Set<Field> fields() {
        return fields;
    }
}
