package ca.imp.deadlineservice.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * ical4j's strict validation of a calendar: RFC 5545, and RFC 5546 for what a METHOD would make a
 * scheduling message. ical4j reports errors in a result instead of throwing, so a bare
 * {@code validate()} checks nothing.
 */
public final class StrictValidation {
    private StrictValidation() {
    }

    public static void assertStrictlyValid(Calendar calendar) throws ValidationException {
        assertFalse(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION), "strict, not relaxed, validation");
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
    }
}
