package org.compteassure.persistence.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;

/** Checks {@link ValidNir}, with one message per {@link Nir.Problem}. */
public class NirValidator implements ConstraintValidator<ValidNir, String> {

    private boolean keyRequired;

    @Override
    public void initialize(ValidNir constraint) {
        keyRequired = constraint.keyRequired();
    }

    @Override
    public boolean isValid(String input, ConstraintValidatorContext context) {
        // Absence (null, or "" in a JSON body) is for required or @NotNull to report. Blanks are not absence: Faces'
        // required lets "   " through as typed, and the action would then fail to parse it; they get the EMPTY message.
        if (input == null || input.isEmpty()) {
            return true;
        }
        Check<Nir, Nir.Problem> check = Nir.check(input, keyRequired);
        if (check.isValid()) {
            return true;
        }
        String key = "ca.nir." + check.problem().name().toLowerCase(Locale.ROOT)
                + (check.problem() == Nir.Problem.LENGTH && !keyRequired ? ".keyOptional" : "");
        return Violations.report(context, key, check);
    }
}
