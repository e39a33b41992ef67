package ca.imp.deadlineservice.deadline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineMoved;
import ca.imp.contract.deadline.DeadlinePolicy;
import ca.imp.contract.deadline.DeadlineReminderDue;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.offer.ComplianceEvidenceRecorded;
import ca.imp.contract.offer.EmploymentStarted;
import ca.imp.deadline.rules.ComputedDeadline;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadlineservice.deadline.DeadlineCommand.CloseGcmsResponse;
import ca.imp.deadlineservice.deadline.DeadlineCommand.CountFromEmploymentStart;
import ca.imp.deadlineservice.deadline.DeadlineCommand.CountFromPlannedFirstDay;
import ca.imp.deadlineservice.deadline.DeadlineCommand.ExpireDeadline;
import ca.imp.deadlineservice.deadline.DeadlineCommand.FollowInspection;
import ca.imp.deadlineservice.deadline.DeadlineCommand.MarkDeadlineMet;
import ca.imp.deadlineservice.deadline.DeadlineCommand.MeetWithEvidence;
import ca.imp.deadlineservice.deadline.DeadlineCommand.RemindOfDeadline;
import ca.imp.deadlineservice.deadline.DeadlineCommand.ScheduleDecisionDeadlines;
import ca.imp.deadlineservice.deadline.DeadlineCommand.ScheduleGcmsResponse;
import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;
import ca.imp.eventstore.decider.Dispatch;

/**
 * Which deadlines a decision starts, once, where a provisional one moves when its start becomes known, and which the
 * employer's compliance evidence meets. The dates come from the deadline rules (policy data);
 * this decider makes sure each decision's clocks are started once, and that each reminder and
 * each elapse is recorded once and never for a deadline already met.
 */
public final class DeadlineDecider implements Decider<DeadlineCommand, OfferDeadlines, DeadlineEvent> {
    private final DecisionDeadlines deadlines;
    private final DeadlineRules rules;
    private final Dispatch<DeadlineCommand, OfferDeadlines, Decision<DeadlineEvent>> decisions;
    private final Dispatch<DeadlineEvent, OfferDeadlines, OfferDeadlines> transitions;

    public DeadlineDecider(DecisionDeadlines deadlines, DeadlineRules rules) {
        this.deadlines = deadlines;
        this.rules = rules;
        InspectionDeadlines inspections = new InspectionDeadlines(rules);
        this.decisions = Dispatch.<DeadlineCommand, OfferDeadlines, Decision<DeadlineEvent>>over(DeadlineCommand.class)
                .on(ScheduleDecisionDeadlines.class, this::scheduleDecisionDeadlines)
                .on(MarkDeadlineMet.class, this::markMet)
                .on(ScheduleGcmsResponse.class, this::scheduleGcmsResponse)
                .on(CloseGcmsResponse.class, this::closeGcmsResponse)
                .on(RemindOfDeadline.class, this::remind)
                .on(ExpireDeadline.class, this::expire)
                .on(CountFromEmploymentStart.class, this::countFromEmploymentStart)
                .on(CountFromPlannedFirstDay.class, this::countFromPlannedFirstDay)
                .on(MeetWithEvidence.class, this::meetWithEvidence)
                .on(FollowInspection.class, inspections::follow)
                .build();
        this.transitions = Dispatch.<DeadlineEvent, OfferDeadlines, OfferDeadlines>over(DeadlineEvent.class)
                .on(DeadlineScheduled.class, (scheduled, current) -> current.with(scheduled))
                .on(DeadlineMoved.class, (moved, current) -> current.with(moved))
                .on(DeadlineMet.class, (met, current) -> current.with(met))
                .on(DeadlineReminderDue.class, (reminder, current) -> current.with(reminder))
                .on(DeadlineElapsed.class, (elapsed, current) -> current.with(elapsed))
                .build();
    }

    Dispatch<DeadlineCommand, OfferDeadlines, Decision<DeadlineEvent>> decisions() {
        return decisions;
    }

    Dispatch<DeadlineEvent, OfferDeadlines, OfferDeadlines> transitions() {
        return transitions;
    }

    @Override
    public OfferDeadlines initialState() {
        return OfferDeadlines.NONE;
    }

    @Override
    public Decision<DeadlineEvent> decide(DeadlineCommand command, OfferDeadlines current) {
        return decisions.apply(command, current);
    }

    private Decision<DeadlineEvent> scheduleDecisionDeadlines(ScheduleDecisionDeadlines schedule, OfferDeadlines current) {
        DecisionRendered decision = schedule.decision();
        Set<String> employmentKinds = rules.forEmploymentStart(decision.decisionDate()).stream()
                .map(counted -> counted.kind().name()).collect(Collectors.toUnmodifiableSet());
        Set<String> already = current.kindsScheduledFor(decision.applicationId());
        if (!employmentKinds.containsAll(already)) {
            return Decision.alreadyDone();
        }
        List<ComputedDeadline> computed;
        try {
            computed = deadlines.of(decision.outcome(), decision.decisionDate(), decision.communicatedDate(),
                    decision.applicantLocation(), decision.grounds(), decision.matterArose(), decision.permitValidUntil(),
                    schedule.plannedFirstDay());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Decision.reject(new DeadlineError.UncountableDecision(decision.applicationId(), e.getMessage()));
        }
        List<DeadlineEvent> events = new ArrayList<>();
        // a first day of employment that came first already counted its own kinds: the approval adds only the others
        for (ComputedDeadline deadline : computed.stream().filter(d -> !already.contains(d.kind().name())).toList()) {
            DeadlineScheduled scheduled = new DeadlineScheduled(deadlineId(schedule.decisionEventId(), deadline),
                    decision.offerNumber(), decision.applicationId(), deadline.kind().name(), deadline.startDate(),
                    deadline.dueDate(), deadline.basis(), deadline.source(), deadline.warnings(), schedule.decisionEventId(),
                    deadline.provisional(), policyOf(deadline));
            events.add(scheduled);
            metByEvidence(scheduled, schedule.evidence()).ifPresent(events::add);
        }
        return Decision.accept(events);
    }

    /**
     * Evidence recorded before its deadline was scheduled (the employer may record it before the approval arrives here)
     * meets the deadline as it is scheduled, on the document's date.
     */
    private Optional<DeadlineMet> metByEvidence(DeadlineScheduled scheduled, List<ComplianceEvidenceRecorded> evidence) {
        return evidence.stream()
                .filter(recorded -> rules.metByEvidenceOf(recorded.obligation()).map(kind -> kind.name().equals(scheduled.kind()))
                        .orElse(false))
                .findFirst()
                .map(recorded -> metBy(scheduled.deadlineId(), recorded));
    }

    private static DeadlineMet metBy(UUID deadlineId, ComplianceEvidenceRecorded evidence) {
        return new DeadlineMet(deadlineId, evidence.offerNumber(), evidence.documentOn(),
                "Evidence of " + evidence.obligation() + " recorded: " + evidence.reference());
    }

    /**
     * The open deadlines of the kind the evidence meets are met on the document's date, once: delivered again, or followed
     * by other evidence of the same obligation, it finds them met and changes nothing. Evidence of a deadline not
     * scheduled yet is met when it is scheduled ({@link #metByEvidence}); evidence of no deadline changes nothing.
     */
    private Decision<DeadlineEvent> meetWithEvidence(MeetWithEvidence c, OfferDeadlines current) {
        ComplianceEvidenceRecorded evidence = c.evidence();
        var kind = rules.metByEvidenceOf(evidence.obligation());
        if (kind.isEmpty()) {
            return Decision.alreadyDone();
        }
        return Decision.accept(current.deadlines().stream()
                .filter(d -> d.kind().equals(kind.get().name()) && !current.met().containsKey(d.deadlineId()))
                .<DeadlineEvent>map(d -> metBy(d.deadlineId(), evidence))
                .toList());
    }

    private Decision<DeadlineEvent> markMet(MarkDeadlineMet c, OfferDeadlines current) {
        var deadline = current.deadline(c.deadlineId());
        if (deadline.isEmpty()) {
            return Decision.reject(new DeadlineError.DeadlineNotFound(c.deadlineId()));
        }
        DeadlineMet already = current.met().get(c.deadlineId());
        if (already != null) {
            // The same mark (day and note as recorded) again is a retry and changes nothing; another is refused.
            return already.metOn().equals(c.metOn()) && Objects.equals(already.note(), c.note())
                    ? Decision.alreadyDone()
                    : Decision.reject(new DeadlineError.AlreadyMet(c.deadlineId(), already.metOn()));
        }
        if (c.metOn().isAfter(c.today())) {
            return Decision.reject(new DeadlineError.InvalidDate("metOn", "not-in-future",
                    "a deadline cannot be met on " + c.metOn() + ", after today (" + c.today() + ")"));
        }
        // the deadline's own offer, none for an inspection's: the command names only its stream
        return Decision.accept(new DeadlineMet(c.deadlineId(), deadline.get().offerNumber(), c.metOn(), c.note()));
    }

    private Decision<DeadlineEvent> remind(RemindOfDeadline c, OfferDeadlines current) {
        var deadline = current.deadline(c.deadlineId());
        if (deadline.isEmpty()) {
            return Decision.reject(new DeadlineError.DeadlineNotFound(c.deadlineId()));
        }
        if (current.met().containsKey(c.deadlineId())
                || current.fired().contains(OfferDeadlines.reminder(c.deadlineId(), c.daysBefore()))) {
            return Decision.alreadyDone();
        }
        DeadlineScheduled d = deadline.get();
        return Decision.accept(new DeadlineReminderDue(d.deadlineId(), d.offerNumber(), d.applicationId(), d.kind(),
                d.dueDate(), c.daysBefore(), c.remindAt()));
    }

    private Decision<DeadlineEvent> expire(ExpireDeadline c, OfferDeadlines current) {
        var deadline = current.deadline(c.deadlineId());
        if (deadline.isEmpty()) {
            return Decision.reject(new DeadlineError.DeadlineNotFound(c.deadlineId()));
        }
        if (current.met().containsKey(c.deadlineId()) || current.fired().contains(OfferDeadlines.elapse(c.deadlineId()))) {
            return Decision.alreadyDone();
        }
        DeadlineScheduled d = deadline.get();
        return Decision.accept(new DeadlineElapsed(d.deadlineId(), d.offerNumber(), d.applicationId(), d.kind(),
                d.dueDate(), c.elapsedAt()));
    }

    /**
     * Each deadline counted from the first day of employment (record retention, the rights information) moves there
     * once from its provisional start; one not scheduled yet (an approval recorded before approvals started it, or whose
     * offer's planned first day was not known) is scheduled from the day, met at once if its evidence was recorded. Delivered again,
     * the day finds nothing provisional left and changes nothing.
     */
    private Decision<DeadlineEvent> countFromEmploymentStart(CountFromEmploymentStart c, OfferDeadlines current) {
        EmploymentStarted started = c.started();
        List<DeadlineEvent> events = new ArrayList<>();
        for (ComputedDeadline counted : rules.forEmploymentStart(started.startedOn())) {
            var existing = current.deadlines().stream()
                    .filter(d -> d.applicationId().equals(started.applicationId()) && d.kind().equals(counted.kind().name()))
                    .findFirst();
            if (existing.isEmpty()) {
                DeadlineScheduled scheduled = new DeadlineScheduled(deadlineId(c.startedEventId(), counted),
                        started.offerNumber(), started.applicationId(), counted.kind().name(), counted.startDate(),
                        counted.dueDate(), counted.basis(), counted.source(), counted.warnings(), c.startedEventId(), false,
                        policyOf(counted));
                events.add(scheduled);
                metByEvidence(scheduled, c.evidence()).ifPresent(events::add);
            } else if (existing.get().provisional()) {
                events.add(new DeadlineMoved(existing.get().deadlineId(), started.offerNumber(), started.applicationId(),
                        counted.kind().name(), counted.startDate(), counted.dueDate(), counted.basis(), counted.source(),
                        counted.warnings(), c.startedEventId()));
            }
        }
        return events.isEmpty() ? Decision.alreadyDone() : Decision.accept(events);
    }

    /**
     * A decision counted before the offer's planned first day was known here gets, once, what it would have counted from
     * that day (an approval's rights information, provisionally, met at once if its evidence was recorded). A day
     * learnt before any decision counts nothing: the decision will read it. Delivered again, or once the first day of
     * employment has counted the kind, it finds the kind scheduled and changes nothing.
     */
    private Decision<DeadlineEvent> countFromPlannedFirstDay(CountFromPlannedFirstDay c, OfferDeadlines current) {
        List<DeadlineEvent> events = new ArrayList<>();
        for (String application : current.applications()) {
            Set<String> scheduled = current.kindsScheduledFor(application);
            for (ComputedDeadline counted : rules.forPlannedFirstDay(c.plannedFirstDay(), scheduled)) {
                if (scheduled.contains(counted.kind().name())) {
                    continue;
                }
                DeadlineScheduled provisional = new DeadlineScheduled(
                        UUID.nameUUIDFromBytes((c.submittedEventId() + "/" + application + "/" + counted.kind())
                                .getBytes(StandardCharsets.UTF_8)),
                        c.offerNumber(), application, counted.kind().name(), counted.startDate(), counted.dueDate(),
                        counted.basis(), counted.source(), counted.warnings(), c.submittedEventId(), counted.provisional(),
                        policyOf(counted));
                events.add(provisional);
                metByEvidence(provisional, c.evidence()).ifPresent(events::add);
            }
        }
        return events.isEmpty() ? Decision.alreadyDone() : Decision.accept(events);
    }

    /** One response deadline per request, however often the request is delivered. */
    private Decision<DeadlineEvent> scheduleGcmsResponse(ScheduleGcmsResponse c, OfferDeadlines current) {
        var request = c.request();
        UUID id = gcmsDeadlineId(request.requestId());
        if (current.deadline(id).isPresent()) {
            return Decision.alreadyDone();
        }
        ComputedDeadline response = rules.forGcmsRequest(request.filedOn());
        return Decision.accept(new DeadlineScheduled(id, request.offerNumber(), request.applicationId(), response.kind().name(),
                response.startDate(), response.dueDate(), response.basis(), response.source(), response.warnings(),
                c.requestEventId(), policyOf(response)));
    }

    private Decision<DeadlineEvent> closeGcmsResponse(CloseGcmsResponse c, OfferDeadlines current) {
        var received = c.received();
        UUID id = gcmsDeadlineId(received.requestId());
        if (current.deadline(id).isEmpty()) {
            return Decision.reject(new DeadlineError.DeadlineNotFound(id));
        }
        if (current.met().containsKey(id)) {
            return Decision.alreadyDone();
        }
        return Decision.accept(new DeadlineMet(id, received.offerNumber(), received.receivedOn(), "GCMS notes received"));
    }

    private static UUID gcmsDeadlineId(String requestId) {
        return UUID.nameUUIDFromBytes(("gcms/" + requestId).getBytes(StandardCharsets.UTF_8));
    }

    /** The policy that counted a deadline, as its DeadlineScheduled records it. */
    static DeadlinePolicy policyOf(ComputedDeadline counted) {
        return new DeadlinePolicy(counted.policyVersion(), counted.ruleEffectiveFrom());
    }

    /** Derived from the event that started it and the kind, so the same event always names its deadlines alike. */
    private static UUID deadlineId(UUID causeEventId, ComputedDeadline deadline) {
        return UUID.nameUUIDFromBytes((causeEventId + "/" + deadline.kind()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public OfferDeadlines evolve(OfferDeadlines current, DeadlineEvent event) {
        return transitions.apply(event, current);
    }
}
