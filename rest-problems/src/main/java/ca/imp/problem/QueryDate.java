package ca.imp.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A calendar date in a query parameter ({@code ?on=2022-12-15}), read alike by every service. The parameter
 * stays text so that each refusal names the parameter and its rule: its constraint ({@link #FORM},
 * {@link #FORM_MESSAGE}) refuses text not written YYYY-MM-DD, and {@link #parse} a day that does not exist
 * (2026-02-30) with {@value #RULE}, whose page rest-problems describes once for every service.
 */
public final class QueryDate {
    /** For the parameter's {@code @Pattern}. */
    public static final String FORM = "^\\d{4}-\\d{2}-\\d{2}$";
    public static final String FORM_MESSAGE = "must be a date written YYYY-MM-DD";
    public static final String RULE = "invalid-date";

    private QueryDate() {
    }

    /**
     * The day the parameter names, or null when it was not sent.
     *
     * @throws ProblemException 400 {@value #RULE} naming the parameter, for a day the calendar does not have
     */
    public static LocalDate parse(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(parameter, RULE, "'" + value + "' is not a real calendar date");
        }
    }
}
