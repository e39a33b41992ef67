package ca.imp.deadlineservice.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.GcmsNotesReceived;
import ca.imp.contract.decision.GcmsNotesRequested;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.offer.ComplianceEvidenceRecorded;
import ca.imp.contract.offer.EmploymentStarted;

/** What can be asked of the deadlines of one offer, or of one inspection of an employer. */
public sealed interface DeadlineCommand {

    /**
     * The offer whose deadlines the command concerns. A command given a deadline's stream (marking it met, its timers)
     * carries the stream here: the offer's number, or for an inspection's deadline the inspection's id.
     */
    String offerNumber();

    /** The stream the command is decided on: an offer's deadlines, or those of an inspection. */
    default String stream() {
        return offerNumber();
    }

    /**
     * Close a deadline because what it asked for was done.
     *
     * @param today the date in the configured zone, so the decider can refuse a date in the future without a clock
     */
    record MarkDeadlineMet(String offerNumber, UUID deadlineId, LocalDate metOn, String note, LocalDate today)
            implements DeadlineCommand {
    }

    /** Start the clock on the department's answer to an ATIP request for GCMS notes. */
    record ScheduleGcmsResponse(GcmsNotesRequested request, UUID requestEventId) implements DeadlineCommand {
        public String offerNumber() {
            return request.offerNumber();
        }
    }

    /** The GCMS notes arrived: the response deadline of their request is met. */
    record CloseGcmsResponse(GcmsNotesReceived received) implements DeadlineCommand {
        public String offerNumber() {
            return received.offerNumber();
        }
    }

    /**
     * Start the clocks a decision starts.
     *
     * @param plannedFirstDay the first day of work the decided offer planned, from which an approval counts the rights
     *                        information until the first day of employment is known; null when the offer is not known here
     * @param evidence        the compliance evidence already recorded on the offer: a deadline it meets is scheduled met
     */
    record ScheduleDecisionDeadlines(DecisionRendered decision, UUID decisionEventId, LocalDate plannedFirstDay,
                                     List<ComplianceEvidenceRecorded> evidence) implements DeadlineCommand {
        public ScheduleDecisionDeadlines {
            evidence = List.copyOf(evidence);
        }

        /** A decision on an offer this service knows nothing more of. */
        public ScheduleDecisionDeadlines(DecisionRendered decision, UUID decisionEventId) {
            this(decision, decisionEventId, null, List.of());
        }

        public String offerNumber() {
            return decision.offerNumber();
        }
    }

    /**
     * The worker's first day of employment became known: what was counted provisionally from the approval or the
     * planned first day is counted from it.
     *
     * @param evidence the compliance evidence already recorded on the offer: a deadline it meets is scheduled met
     */
    record CountFromEmploymentStart(EmploymentStarted started, UUID startedEventId, List<ComplianceEvidenceRecorded> evidence)
            implements DeadlineCommand {
        public CountFromEmploymentStart {
            evidence = List.copyOf(evidence);
        }

        /** A first day on an offer with no compliance evidence recorded. */
        public CountFromEmploymentStart(EmploymentStarted started, UUID startedEventId) {
            this(started, startedEventId, List.of());
        }

        public String offerNumber() {
            return started.offerNumber();
        }
    }

    /**
     * The offer's submission told this service the first day of work it planned. Submissions and decisions come on two
     * topics in either order: a decision counted before the day was known gets now what it would have counted from it
     * (an approval's rights information, provisionally).
     *
     * @param evidence the compliance evidence already recorded on the offer: a deadline it meets is scheduled met
     */
    record CountFromPlannedFirstDay(String offerNumber, LocalDate plannedFirstDay, UUID submittedEventId,
                                    List<ComplianceEvidenceRecorded> evidence) implements DeadlineCommand {
        public CountFromPlannedFirstDay {
            evidence = List.copyOf(evidence);
        }
    }

    /** The employer recorded evidence of a compliance obligation: the deadline it meets, if any, is met on its date. */
    record MeetWithEvidence(ComplianceEvidenceRecorded evidence) implements DeadlineCommand {
        public String offerNumber() {
            return evidence.offerNumber();
        }
    }

    /**
     * offer-service recorded a step of an inspection of an employer: a notice or a finding starts a deadline, a
     * determination with a penalty starts its payment's, a response or a payment meets the deadline it answers.
     */
    record FollowInspection(InspectionEvent inspection, UUID inspectionEventId) implements DeadlineCommand {
        /** None: an inspection's deadlines belong to no one offer. */
        public String offerNumber() {
            return null;
        }

        @Override
        public String stream() {
            return inspection.inspectionId();
        }
    }

    /** A reminder timer fell due: remind of the deadline unless it was met. */
    record RemindOfDeadline(String offerNumber, UUID deadlineId, int daysBefore, Instant remindAt) implements DeadlineCommand {
    }

    /** The deadline's due date passed: record that it elapsed unless it was met. */
    record ExpireDeadline(String offerNumber, UUID deadlineId, Instant elapsedAt) implements DeadlineCommand {
    }
}
