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
 * @param matterArose where the matter arose (IRPA s.72(2)(b)) when the decision records it, e.g. a
 *     refusal made abroad for an applicant in Canada; null means where the applicant was
 * @param permitValidUntil for an approval, the last day the work permit is valid; null when the decision does not
 *     say (any other outcome, or an approval recorded before the date was), and then no expiry is counted
 * @param plannedEmploymentStart the first day of work the offer planned (its job's start date), the stand-in for the
 *     first day of employment until that is known; null when the offer is not known
 */
public record DecisionFacts(
        Outcome outcome,
        LocalDate decisionDate,
        LocalDate communicatedDate,
        ApplicantLocation location,
        Set<String> grounds,
        LocalDate employmentStart,
        ApplicantLocation matterArose,
        LocalDate permitValidUntil,
        LocalDate plannedEmploymentStart) {

    /** A decision that does not record where the matter arose: it arose where the applicant was. */
    public DecisionFacts(Outcome outcome, LocalDate decisionDate, LocalDate communicatedDate, ApplicantLocation location,
                         Set<String> grounds, LocalDate employmentStart) {
        this(outcome, decisionDate, communicatedDate, location, grounds, employmentStart, null);
    }

    /** A decision that grants no permit whose end it says. */
    public DecisionFacts(Outcome outcome, LocalDate decisionDate, LocalDate communicatedDate, ApplicantLocation location,
                         Set<String> grounds, LocalDate employmentStart, ApplicantLocation matterArose) {
        this(outcome, decisionDate, communicatedDate, location, grounds, employmentStart, matterArose, null);
    }

    /** A decision whose offer's planned first day of work is not known. */
    public DecisionFacts(Outcome outcome, LocalDate decisionDate, LocalDate communicatedDate, ApplicantLocation location,
                         Set<String> grounds, LocalDate employmentStart, ApplicantLocation matterArose,
                         LocalDate permitValidUntil) {
        this(outcome, decisionDate, communicatedDate, location, grounds, employmentStart, matterArose, permitValidUntil, null);
    }

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
     * @param matterArose null when the decision does not record where the matter arose
     * @throws IllegalArgumentException for a name this module does not know
     */
    public static DecisionFacts named(String outcome, LocalDate decisionDate, LocalDate communicatedDate, String location,
                                      Collection<String> grounds, String matterArose) {
        return named(outcome, decisionDate, communicatedDate, location, grounds, matterArose, null);
    }

    /** @param permitValidUntil the last day of the permit an approval grants; null when the decision does not say */
    public static DecisionFacts named(String outcome, LocalDate decisionDate, LocalDate communicatedDate, String location,
                                      Collection<String> grounds, String matterArose, LocalDate permitValidUntil) {
        return named(outcome, decisionDate, communicatedDate, location, grounds, matterArose, permitValidUntil, null);
    }

    /** @param plannedEmploymentStart the first day of work the decided offer planned; null when it is not known */
    public static DecisionFacts named(String outcome, LocalDate decisionDate, LocalDate communicatedDate, String location,
                                      Collection<String> grounds, String matterArose, LocalDate permitValidUntil,
                                      LocalDate plannedEmploymentStart) {
        return new DecisionFacts(Outcome.valueOf(outcome), decisionDate, communicatedDate, ApplicantLocation.valueOf(location),
                grounds == null ? null : new LinkedHashSet<>(grounds), null,
                matterArose == null ? null : ApplicantLocation.valueOf(matterArose), permitValidUntil, plannedEmploymentStart);
    }

    /** Where the matter arose for the judicial review limit: as recorded, or else where the applicant was. */
    ApplicantLocation whereTheMatterArose() {
        return matterArose == null ? location : matterArose;
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
