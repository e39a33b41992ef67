package ca.imp.contract.range;

import java.lang.annotation.Documented;
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
 * The date lies in its {@link DateRange}, read against the validator's clock (which each service
 * sets to the kernel's clock in the product's time zone). The problem's rule is {@code in-date-range}.
 */
@Documented
@Constraint(validatedBy = InDateRange.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InDateRange {
    DateRange value();

    String message() default "is outside its range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<InDateRange, LocalDate> {
        private DateRange range;

        @Override
        public void initialize(InDateRange annotation) {
            range = annotation.value();
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            if (range.contains(date, today)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(range.requirement(today)).addConstraintViolation();
            return false;
        }
    }
}
