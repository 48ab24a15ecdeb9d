package org.compteassure.persistence.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;

/** Checks {@link ValidIban}, with one message per {@link Iban.Problem}. */
public class IbanValidator implements ConstraintValidator<ValidIban, String> {

    @Override
    public boolean isValid(String input, ConstraintValidatorContext context) {
        if (input == null || input.isBlank()) {
            return true;
        }
        Check<Iban, Iban.Problem> check = Iban.check(input);
        return check.isValid()
                || Violations.report(context, "ca.iban." + check.problem().name().toLowerCase(Locale.ROOT), check);
    }
}
