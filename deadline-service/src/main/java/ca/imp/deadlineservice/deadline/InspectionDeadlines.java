package ca.imp.deadlineservice.deadline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.contract.inspection.PenaltyPaid;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;
import ca.imp.contract.inspection.PreliminaryFindingSent;
import ca.imp.deadline.rules.ComputedDeadline;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadlineservice.deadline.DeadlineCommand.FollowInspection;
import ca.imp.eventstore.decider.Decision;

/**
 * The deadlines an inspection of an employer runs, as the deadline decider's rule for offer-service's inspection
 * events: the notice starts the documents' deadline on the date it gives, the preliminary finding the response's, a
 * determination with a penalty its payment's, each counted by the deadline rules; the response and the payment meet
 * the deadline they answer. An inspection has at most one deadline of each kind, so its id is derived from the
 * inspection and the kind, and an event delivered again finds it scheduled (or met) and changes nothing.
 *
 * <p>The documents' deadline is never met by a later step: a preliminary finding or a determination may be made
 * because the documents were not provided, so neither says they were; the employer marks it met.
 */
final class InspectionDeadlines {
    private final DeadlineRules rules;

    InspectionDeadlines(DeadlineRules rules) {
        this.rules = rules;
    }

    Decision<DeadlineEvent> follow(FollowInspection c, OfferDeadlines current) {
        InspectionEvent event = c.inspection();
        if (event instanceof InspectionNoticed notice) {
            return schedule(c, DeadlineKind.INSPECTION_DOCUMENTS_DUE, notice.documentsDueDate(), current);
        }
        if (event instanceof PreliminaryFindingSent finding) {
            return schedule(c, DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE, finding.sentDate(), current);
        }
        if (event instanceof DeterminationRendered determination) {
            // only a penalty is something the employer must still do; a warning or a ban starts no deadline here
            return determination.outcome() == InspectionOutcome.AMP
                    ? schedule(c, DeadlineKind.AMP_PAYMENT_DUE, determination.sentDate(), current)
                    : Decision.alreadyDone();
        }
        if (event instanceof PreliminaryFindingAnswered answer) {
            return meet(answer, DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE, answer.responseDate(),
                    "Response to the notice of preliminary finding recorded (reference " + answer.reference() + ")", current);
        }
        // the last step of the sealed inspection events
        PenaltyPaid payment = (PenaltyPaid) event;
        return meet(payment, DeadlineKind.AMP_PAYMENT_DUE, payment.paidDate(), "Penalty paid"
                + (payment.amount() == null ? "" : ": " + payment.amount().toPlainString() + " " + payment.currency()), current);
    }

    private Decision<DeadlineEvent> schedule(FollowInspection c, DeadlineKind kind, LocalDate start, OfferDeadlines current) {
        InspectionEvent inspection = c.inspection();
        UUID id = deadlineId(inspection.inspectionId(), kind);
        if (current.deadline(id).isPresent()) {
            return Decision.alreadyDone();
        }
        // the consumer checked the day is there and in range, and these kinds are counted from any such day
        ComputedDeadline counted = rules.compute(kind, start);
        return Decision.accept(DeadlineScheduled.ofInspection(id, inspection.inspectionId(), inspection.businessNumber(),
                kind.name(), counted.startDate(), counted.dueDate(), counted.basis(), counted.source(), counted.warnings(),
                c.inspectionEventId(), DeadlineDecider.policyOf(counted)));
    }

    private static Decision<DeadlineEvent> meet(InspectionEvent inspection, DeadlineKind kind, LocalDate metOn, String note,
                                                OfferDeadlines current) {
        UUID id = deadlineId(inspection.inspectionId(), kind);
        if (current.deadline(id).isEmpty()) {
            return Decision.reject(new DeadlineError.DeadlineNotFound(id));
        }
        if (current.met().containsKey(id)) {
            return Decision.alreadyDone();
        }
        return Decision.accept(new DeadlineMet(id, null, metOn, note));
    }

    /** The one deadline of this kind of the inspection. */
    static UUID deadlineId(String inspectionId, DeadlineKind kind) {
        return UUID.nameUUIDFromBytes(("inspection/" + inspectionId + "/" + kind).getBytes(StandardCharsets.UTF_8));
    }
}
