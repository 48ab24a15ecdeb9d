package org.compteassure.service.family;

import java.util.Set;
import org.compteassure.service.BusinessException;

/** A newborn declaration that fails its checks; {@code fields} says which, for the messages next to them. */
public class InvalidNewbornException extends BusinessException {

    /** The form's fields a check can fail on. */
    public enum Field { FAMILY_NAME, GIVEN_NAMES, BIRTH_DATE, SEX, OTHER_PARENT, CERTIFICATE }

    private final Set<Field> fields;

    public InvalidNewbornException(Set<Field> fields) {
        super("newborn declaration refused: " + fields);
        this.fields = Set.copyOf(fields);
    }

    public Set<Field> fields() {
        return fields;
    }
}
