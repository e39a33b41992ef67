package ca.imp.deadlineservice.deadline;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.RefusalGround;
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
     */
    public List<ComputedDeadline> preview(DecisionOutcome outcome, LocalDate decisionDate, LocalDate communicatedDate,
                                          ApplicantLocation location, List<RefusalGround> grounds,
                                          ApplicantLocation matterArose) {
        LocalDate communicated = communicatedDate == null ? decisionDate : communicatedDate;
        if (communicated.isBefore(decisionDate)) {
            throw new DomainRejection(new DeadlineError.InvalidDate("communicatedOn", "not-before-decision",
                    "a decision cannot be communicated (" + communicated + ") before it was made (" + decisionDate + ")"));
        }
        // a preview request names no permit end, so an approval previews without the permit expiry
        return deadlines.decisionDeadlines().of(outcome, decisionDate, communicated, location,
                grounds == null ? List.of() : grounds.stream().map(Enum::name).toList(), matterArose, null);
    }
}
