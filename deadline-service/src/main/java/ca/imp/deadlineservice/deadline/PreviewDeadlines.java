package ca.imp.deadlineservice.deadline;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.contract.range.SpanRange;
import ca.imp.deadline.rules.ComputedDeadline;
import ca.imp.eventstore.store.DomainRejection;

/** The deadlines a decision would start, counted exactly as for a rendered decision; nothing is scheduled. */
@Singleton
public class PreviewDeadlines {
    private final Deadlines deadlines;

    PreviewDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * @param communicatedDate when the applicant was told; the decision date when null
     * @param matterArose      where the matter arose for judicial review; null: where the applicant was
     * @param permitExpiresOn  for an approval, the permit's last day of validity, as decision-service records it;
     *                         null: the approval previews without the permit's expiry
     */
    public List<ComputedDeadline> preview(DecisionOutcome outcome, LocalDate decisionDate, LocalDate communicatedDate,
                                          ApplicantLocation location, List<RefusalGround> grounds,
                                          ApplicantLocation matterArose, LocalDate permitExpiresOn) {
        LocalDate communicated = communicatedDate == null ? decisionDate : communicatedDate;
        if (communicated.isBefore(decisionDate)) {
            throw new DomainRejection(new DeadlineError.InvalidDate("communicatedOn", "not-before-decision",
                    "a decision cannot be communicated (" + communicated + ") before it was made (" + decisionDate + ")"));
        }
        // the same rules as decision-service's for a decision it records, so a preview never shows what it would refuse
        if (permitExpiresOn != null && outcome != DecisionOutcome.APPROVED) {
            throw new DomainRejection(new DeadlineError.InvalidDate("permitExpiresOn", "permit-validity-only-on-approval",
                    "only an approval grants a permit; this decision is " + outcome));
        }
        if (!SpanRange.PERMIT_VALIDITY.contains(permitExpiresOn, decisionDate)) {
            throw new DomainRejection(new DeadlineError.InvalidDate("permitExpiresOn", SpanRange.RULE, "the permit's last day"
                    + " of validity " + SpanRange.PERMIT_VALIDITY.requirement(decisionDate) + ", after the decision date ("
                    + decisionDate + ") and no later than the longest an employer-specific permit is planned for"));
        }
        // a preview names no offer, so an approval previews without the rights information due on its first day of work
        return deadlines.decisionDeadlines().of(outcome, decisionDate, communicated, location,
                grounds == null ? List.of() : grounds.stream().map(Enum::name).toList(), matterArose, permitExpiresOn, null);
    }
}
