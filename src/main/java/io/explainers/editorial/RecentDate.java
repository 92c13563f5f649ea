package io.explainers.editorial;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a page shows as when something was checked (a review, a source read): on or after 2000-01-01. Content is
 * current advice, so an earlier date is a mistyped year (0026 for 2026), and the page showed readers "1 January 0001".
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RecentDate.Validator.class)
public @interface RecentDate {

    String message() default "must be 2000-01-01 or later: an earlier date is a mistyped year";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RecentDate, LocalDate> {

        static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(EARLIEST);
        }
    }
}
