package org.compteassure.persistence.domain;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is an {@link Iban}; the message says what is wrong and how to fix it.
 * {@code null} and blank are valid: whether the field is required is {@code @NotBlank}'s concern.
 */
@Documented
@Constraint(validatedBy = IbanValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidIban {

    String message() default "{ca.iban.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
