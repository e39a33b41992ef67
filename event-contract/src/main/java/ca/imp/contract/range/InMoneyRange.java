package ca.imp.contract.range;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The amount lies in its {@link MoneyRange}. The problem's rule is {@code in-money-range}. */
@Documented
@Constraint(validatedBy = InMoneyRange.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InMoneyRange {
    MoneyRange value();

    String message() default "is outside its range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<InMoneyRange, BigDecimal> {
        private MoneyRange range;

        @Override
        public void initialize(InMoneyRange annotation) {
            range = annotation.value();
        }

        @Override
        public boolean isValid(BigDecimal amount, ConstraintValidatorContext context) {
            if (range.contains(amount)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(range.requirement()).addConstraintViolation();
            return false;
        }
    }
}
