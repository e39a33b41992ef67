package ca.imp.deadlineservice.deadline;

import java.util.UUID;

import ca.imp.contract.decision.DecisionRendered;

/** What can be asked of the deadlines of one offer. */
public sealed interface DeadlineCommand {

    String offerNumber();

    /** Start the clocks a decision starts. */
    record ScheduleDecisionDeadlines(DecisionRendered decision, UUID decisionEventId) implements DeadlineCommand {
        public String offerNumber() {
            return decision.offerNumber();
        }
    }
}
