package ca.imp.deadlineservice.deadline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.deadline.rules.ComputedDeadline;
import ca.imp.deadlineservice.deadline.DeadlineCommand.ScheduleDecisionDeadlines;
import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;

/**
 * Which deadlines a decision starts, once. The dates come from the deadline rules (policy data);
 * this decider only makes sure each decision's clocks are started exactly once.
 */
public final class DeadlineDecider implements Decider<DeadlineCommand, OfferDeadlines, DeadlineEvent> {
    private final DecisionDeadlines deadlines;

    public DeadlineDecider(DecisionDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public OfferDeadlines initialState() {
        return OfferDeadlines.NONE;
    }

    @Override
    public Decision<DeadlineEvent> decide(DeadlineCommand command, OfferDeadlines current) {
        var schedule = (ScheduleDecisionDeadlines) command;
        DecisionRendered decision = schedule.decision();
        if (current.scheduledFor(decision.applicationId())) {
            return Decision.alreadyDone();
        }
        List<ComputedDeadline> computed;
        try {
            computed = deadlines.of(decision.outcome(), decision.decisionDate(), decision.communicatedDate(),
                    decision.applicantLocation(), decision.grounds());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Decision.reject(new DeadlineError.UncountableDecision(decision.applicationId(), e.getMessage()));
        }
        return Decision.accept(computed.stream().<DeadlineEvent>map(deadline -> new DeadlineScheduled(
                deadlineId(schedule.decisionEventId(), deadline), decision.offerNumber(), decision.applicationId(),
                deadline.kind().name(), deadline.startDate(), deadline.dueDate(), deadline.basis(), deadline.source(),
                deadline.warnings(), schedule.decisionEventId())).toList());
    }

    /** Derived from the decision and the kind, so the same decision always names its deadlines alike. */
    private static UUID deadlineId(UUID decisionEventId, ComputedDeadline deadline) {
        return UUID.nameUUIDFromBytes((decisionEventId + "/" + deadline.kind()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public OfferDeadlines evolve(OfferDeadlines current, DeadlineEvent event) {
        return current.with((DeadlineScheduled) event);
    }
}
