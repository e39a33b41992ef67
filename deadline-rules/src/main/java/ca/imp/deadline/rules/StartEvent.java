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
    /** The first day of work the offer planned: the first day of employment's stand-in until the employer records it. */
    PLANNED_EMPLOYMENT_START("after the first day of work the offer planned, %s", "the first day of work the offer planned"),
    /** The last day an approval's work permit is valid: its expiry is that day itself, a period of 0 days. */
    PERMIT_VALIDITY_END("after the last day of the work permit's validity, %s", "the last day of the work permit's validity"),
    /** Not a decision event: counted from {@link DeadlineRules#forGcmsRequest}. */
    ATIP_REQUEST_FILED("after the access to information request was filed on %s", "the filing of the request"),
    /** Not a decision event: the date a notice of inspection gives for its documents, itself the deadline. */
    INSPECTION_DOCUMENTS_DUE_DATE("after the date the notice of inspection gives for the documents, %s",
            "the date the notice of inspection gives for the documents", true),
    /** Not a decision event: the day the officer sent the notice of preliminary finding. */
    PRELIMINARY_FINDING_SENT("after the notice of preliminary finding was sent on %s", "the notice of preliminary finding"),
    /** Not a decision event: the day the officer sent the notice of final determination. */
    DETERMINATION_SENT("after the notice of final determination was sent on %s", "the notice of final determination");

    private final String phrase;
    private final String noun;
    private final boolean givenByANotice;

    StartEvent(String phrase, String noun) {
        this(phrase, noun, false);
    }

    StartEvent(String phrase, String noun, boolean givenByANotice) {
        this.phrase = phrase;
        this.noun = noun;
        this.givenByANotice = givenByANotice;
    }

    /**
     * A due date a notice gives, not a period the Interpretation Act counts: kept as given, on a holiday too, since the
     * sender chose that day.
     */
    boolean givenByANotice() {
        return givenByANotice;
    }

    /**
     * Why a deadline due on this day itself (a period of 0 days that does not roll forward) stays on it, a holiday too;
     * null when such a deadline ends a period (a permit's last day).
     */
    String keptOnTheDay() {
        return switch (this) {
            case INSPECTION_DOCUMENTS_DUE_DATE -> "This is the date the notice gives, not a period counted by law";
            case EMPLOYMENT_START -> "This is the worker's first day of work, on or before which it is due, whatever day"
                    + " the work starts; it is not a period counted by law";
            default -> null;
        };
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
            case PLANNED_EMPLOYMENT_START -> facts.plannedEmploymentStart();
            case PERMIT_VALIDITY_END -> facts.permitValidUntil();
            case ATIP_REQUEST_FILED, INSPECTION_DOCUMENTS_DUE_DATE, PRELIMINARY_FINDING_SENT, DETERMINATION_SENT -> null;
        };
    }
}
