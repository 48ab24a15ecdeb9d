package org.compteassure.persistence.domain;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Replaces a constraint's generic message by the one for the problem found, with its counts as parameters. */
final class Violations {

    private Violations() {
    }

    /** @return {@code false}, for {@code isValid} to return */
    static boolean report(ConstraintValidatorContext context, String messageKey, Check<?, ?> check) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("expected", check.expected())
                .addMessageParameter("typed", check.typed())
                .buildConstraintViolationWithTemplate('{' + messageKey + '}')
                .addConstraintViolation();
        return false;
    }
}
