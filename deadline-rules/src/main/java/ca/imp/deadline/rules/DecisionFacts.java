package ca.imp.deadline.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a decision says, as far as deadlines care.
 *
 * @param communicatedDate when the applicant was told; null means the day of the decision, as the
 *     domain defaults it. It cannot be earlier than the decision date.
 * @param grounds the refusal grounds as codes (e.g. "MISREPRESENTATION"); null means none.
 *     Codes are trimmed and upper-cased so that a hand-typed ground still starts its deadline.
 * @param employmentStart first day of employment, for approvals; null when not known yet
 */
public record DecisionFacts(
        Outcome outcome,
        LocalDate decisionDate,
        LocalDate communicatedDate,
        ApplicantLocation location,
        Set<String> grounds,
        LocalDate employmentStart) {

    public DecisionFacts {
        if (outcome == null) {
            throw new IllegalArgumentException("decision outcome is required");
        }
        if (decisionDate == null) {
            throw new IllegalArgumentException("decision date is required");
        }
        if (location == null) {
            throw new IllegalArgumentException("applicant location (inside or outside Canada) is required");
        }
        if (communicatedDate == null) {
            communicatedDate = decisionDate;
        }
        if (communicatedDate.isBefore(decisionDate)) {
            throw new IllegalArgumentException("decision communicated on " + communicatedDate
                    + ", before the decision date " + decisionDate);
        }
        grounds = normalized(grounds);
    }

    /**
     * The facts of a decision given by the names other modules use for outcome and location (the
     * event contract's enums share them), so every service reads a decision the same way.
     *
     * @throws IllegalArgumentException for a name this module does not know
     */
    public static DecisionFacts named(String outcome, LocalDate decisionDate, LocalDate communicatedDate, String location,
                                      Collection<String> grounds) {
        return new DecisionFacts(Outcome.valueOf(outcome), decisionDate, communicatedDate, ApplicantLocation.valueOf(location),
                grounds == null ? null : new LinkedHashSet<>(grounds), null);
    }

    private static Set<String> normalized(Set<String> grounds) {
        if (grounds == null) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String ground : grounds) {
            if (ground == null || ground.isBlank()) {
                throw new IllegalArgumentException("refusal grounds contain an empty entry");
            }
            codes.add(ground.strip().toUpperCase(Locale.ROOT));
        }
        return Set.copyOf(codes);
    }
}
