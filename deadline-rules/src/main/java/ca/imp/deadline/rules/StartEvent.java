package ca.imp.deadline.rules;

import java.time.LocalDate;

/**
 * The event whose date starts a count, and how the basis text names it. The start day itself
 * is never counted (Interpretation Act s.27).
 */
enum StartEvent {
    /** IRPA s.72(2)(b) runs from when the applicant is notified, not from the decision date. */
    REFUSAL_COMMUNICATED("after the refusal was communicated on %s", "the day the refusal was communicated"),
    /**
     * Also restoration's start (IRPR s.182 runs from the loss of status, a day the sources place
     * differently): the decision date is the earliest of them, and the policy's warning says so.
     */
    DECISION_DATE("after the decision date, %s", "the decision date"),
    EMPLOYMENT_START("after the first day of employment, %s", "the first day of employment"),
    /** The last day an approval's work permit is valid: its expiry is that day itself, a period of 0 days. */
    PERMIT_VALIDITY_END("after the last day of the work permit's validity, %s", "the last day of the work permit's validity"),
    /** Not a decision event: counted from {@link DeadlineRules#forGcmsRequest}. */
    ATIP_REQUEST_FILED("after the access to information request was filed on %s", "the filing of the request");

    private final String phrase;
    private final String noun;

    StartEvent(String phrase, String noun) {
        this.phrase = phrase;
        this.noun = noun;
    }

    /** The start named without its date, e.g. "the first day of employment". */
    String noun() {
        return noun;
    }

    String phrase(LocalDate start) {
        return String.format(phrase, start);
    }

    /**
     * Null when the decision does not supply this date (no employment start, an approval recorded before its permit's end
     * was, or not a decision event).
     */
    LocalDate dateIn(DecisionFacts facts) {
        return switch (this) {
            case REFUSAL_COMMUNICATED -> facts.communicatedDate();
            case DECISION_DATE -> facts.decisionDate();
            case EMPLOYMENT_START -> facts.employmentStart();
            case PERMIT_VALIDITY_END -> facts.permitValidUntil();
            case ATIP_REQUEST_FILED -> null;
        };
    }
}
