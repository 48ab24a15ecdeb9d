package org.compteassure.service.mandate;

import java.util.Set;
import org.compteassure.service.BusinessException;

/** A mandate's form whose fields fail their checks; {@code fields} says which, for the messages. Nothing stored. */
public class InvalidMandateException extends BusinessException {

    /** What a check can fail on; {@code LAST_DAY_PAST} and {@code LAST_DAY_TOO_FAR} are the last day's two limits. */
    public enum Field { NIR, NAME, SCOPES, LAST_DAY, LAST_DAY_PAST, LAST_DAY_TOO_FAR }

    private final Set<Field> fields;

    public InvalidMandateException(Set<Field> fields) {
        super("mandate refused: " + fields);
        this.fields = Set.copyOf(fields);
    }

    public Set<Field> fields() {
        return fields;
    }
}
