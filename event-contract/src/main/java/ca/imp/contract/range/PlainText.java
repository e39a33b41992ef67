package ca.imp.contract.range;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text as a person types it: no control character (U+0000 to U+001F, U+007F), which no name or
 * note needs and which PostgreSQL refuses (NUL) or a log or calendar line misreads. Long free text
 * ({@code lines = true}: duties, benefits, reasons, notes) may keep line breaks and tabs. Its
 * length is the field's own {@code @Size}. The problem's rule is {@code plain-text}.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
    /** Whether line breaks (LF, CR) and tabs are allowed. */
    boolean lines() default false;

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlainText, String> {
        private boolean lines;

        @Override
        public void initialize(PlainText annotation) {
            lines = annotation.lines();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return TextRange.isPlain(text, lines);
        }
    }
}
