package ca.imp.offerservice.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.contract.inspection.PenaltyPaid;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;
import ca.imp.contract.inspection.PreliminaryFindingSent;
import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;
import ca.imp.eventstore.decider.Dispatch;
import ca.imp.offerservice.inspection.InspectionCommand.RecordDetermination;
import ca.imp.offerservice.inspection.InspectionCommand.RecordFindingResponse;
import ca.imp.offerservice.inspection.InspectionCommand.RecordNotice;
import ca.imp.offerservice.inspection.InspectionCommand.RecordPenaltyPayment;
import ca.imp.offerservice.inspection.InspectionCommand.RecordPreliminaryFinding;

/**
 * The rules of an inspection: a notice covering the employer's own offers, then in order a preliminary finding, the
 * employer's response, the final determination and the payment of its penalty, each recorded once. Repeating a step
 * with the facts recorded changes nothing.
 */
public final class InspectionDecider implements Decider<InspectionCommand, InspectionState, InspectionEvent> {
    private static final String NOTICE = "the notice of inspection";
    private static final String FINDING = "the notice of preliminary finding";
    private static final String DETERMINATION = "the final determination";

    private final Dispatch<InspectionCommand, InspectionState, Decision<InspectionEvent>> decisions =
            Dispatch.<InspectionCommand, InspectionState, Decision<InspectionEvent>>over(InspectionCommand.class)
                    .on(RecordNotice.class, (notice, state) -> notice(notice))
                    .on(RecordPreliminaryFinding.class, existing(InspectionDecider::finding))
                    .on(RecordFindingResponse.class, existing(InspectionDecider::response))
                    .on(RecordDetermination.class, existing(InspectionDecider::determination))
                    .on(RecordPenaltyPayment.class, existing(InspectionDecider::payment))
                    .build();
    private final Dispatch<InspectionEvent, InspectionState, InspectionState> transitions =
            Dispatch.<InspectionEvent, InspectionState, InspectionState>over(InspectionEvent.class)
                    .on(InspectionNoticed.class, (noticed, none) -> Inspection.noticed(noticed))
                    .on(PreliminaryFindingSent.class, inspection((sent, inspection) -> inspection.withFindingSentOn(sent.sentDate())))
                    .on(PreliminaryFindingAnswered.class, inspection((answered, inspection) -> inspection.withResponse(answered)))
                    .on(DeterminationRendered.class, inspection((rendered, inspection) -> inspection.withDetermination(rendered)))
                    .on(PenaltyPaid.class, inspection((paid, inspection) -> inspection.withPayment(paid)))
                    .build();

    Dispatch<InspectionCommand, InspectionState, Decision<InspectionEvent>> decisions() {
        return decisions;
    }

    Dispatch<InspectionEvent, InspectionState, InspectionState> transitions() {
        return transitions;
    }

    @Override
    public InspectionState initialState() {
        return new InspectionState.NoInspection();
    }

    @Override
    public Decision<InspectionEvent> decide(InspectionCommand command, InspectionState state) {
        return decisions.apply(command, state);
    }

    @Override
    public InspectionState evolve(InspectionState state, InspectionEvent event) {
        return transitions.apply(event, state);
    }

    /** A rule about a recorded inspection. */
    @FunctionalInterface
    private interface InspectionRule<C extends InspectionCommand> {
        Decision<InspectionEvent> decide(C command, Inspection inspection);
    }

    /** A step of an inspection whose notice was never recorded answers as an inspection that does not exist. */
    private static <C extends InspectionCommand> Dispatch.Case<C, InspectionState, Decision<InspectionEvent>> existing(
            InspectionRule<C> rule) {
        return (command, state) -> state instanceof Inspection inspection ? rule.decide(command, inspection)
                : Decision.reject(new InspectionError.InspectionNotFound(command.inspectionId()));
    }

    /** How an event after the notice changes the inspection. */
    @FunctionalInterface
    private interface InspectionTransition<E extends InspectionEvent> {
        Inspection apply(E event, Inspection inspection);
    }

    private static <E extends InspectionEvent> Dispatch.Case<E, InspectionState, InspectionState> inspection(
            InspectionTransition<E> transition) {
        return (event, state) -> transition.apply(event, (Inspection) state);
    }

    private static Decision<InspectionEvent> notice(RecordNotice c) {
        List<String> notTheEmployers = c.offerNumbers().stream().distinct()
                .filter(offer -> !c.employersOffers().contains(offer)).toList();
        if (!notTheEmployers.isEmpty()) {
            return Decision.reject(new InspectionError.NotTheEmployersOffers(c.businessNumber(), notTheEmployers));
        }
        if (c.noticeOn().isAfter(c.today())) {
            return Decision.reject(new InspectionError.DayInFuture("noticeOn", c.today()));
        }
        if (c.documentsDueOn().isBefore(c.noticeOn())) {
            return Decision.reject(new InspectionError.DateOutOfOrder("documentsDueOn", c.documentsDueOn(), NOTICE, c.noticeOn()));
        }
        return Decision.accept(new InspectionNoticed(c.inspectionId(), c.businessNumber(), c.offerNumbers().stream().distinct().toList(),
                c.noticeOn(), c.documentsDueOn()));
    }

    private static Decision<InspectionEvent> finding(RecordPreliminaryFinding c, Inspection inspection) {
        if (inspection.findingSentOn().isPresent()) {
            return inspection.findingSentOn().get().equals(c.sentOn()) ? Decision.alreadyDone()
                    : Decision.reject(new InspectionError.StepAlreadyRecorded(c.inspectionId(), "notice of preliminary finding",
                            "sentOn", inspection.findingSentOn().get()));
        }
        if (inspection.determination().isPresent()) {
            return Decision.reject(new InspectionError.StepAlreadyRecorded(c.inspectionId(), "final determination", "sentOn",
                    inspection.determination().get().sentDate()));
        }
        if (c.sentOn().isAfter(c.today())) {
            return Decision.reject(new InspectionError.DayInFuture("sentOn", c.today()));
        }
        if (c.sentOn().isBefore(inspection.notice().noticeDate())) {
            return Decision.reject(new InspectionError.DateOutOfOrder("sentOn", c.sentOn(), NOTICE, inspection.notice().noticeDate()));
        }
        return Decision.accept(new PreliminaryFindingSent(c.inspectionId(), inspection.businessNumber(), c.sentOn()));
    }

    private static Decision<InspectionEvent> response(RecordFindingResponse c, Inspection inspection) {
        if (inspection.response().isPresent()) {
            PreliminaryFindingAnswered recorded = inspection.response().get();
            return recorded.responseDate().equals(c.respondedOn()) && recorded.reference().equals(c.reference())
                    ? Decision.alreadyDone()
                    : Decision.reject(new InspectionError.StepAlreadyRecorded(c.inspectionId(), "response to the preliminary finding",
                            "respondedOn", recorded.responseDate()));
        }
        if (inspection.findingSentOn().isEmpty()) {
            return Decision.reject(new InspectionError.StepMissing(c.inspectionId(), "response", "notice of preliminary finding"));
        }
        if (c.respondedOn().isAfter(c.today())) {
            return Decision.reject(new InspectionError.DayInFuture("respondedOn", c.today()));
        }
        LocalDate sentOn = inspection.findingSentOn().get();
        if (c.respondedOn().isBefore(sentOn)) {
            return Decision.reject(new InspectionError.DateOutOfOrder("respondedOn", c.respondedOn(), FINDING, sentOn));
        }
        return Decision.accept(new PreliminaryFindingAnswered(c.inspectionId(), inspection.businessNumber(), c.respondedOn(),
                c.reference()));
    }

    private static Decision<InspectionEvent> determination(RecordDetermination c, Inspection inspection) {
        boolean amp = c.outcome() == InspectionOutcome.AMP;
        boolean ban = c.outcome() == InspectionOutcome.BAN;
        DeterminationRendered rendered = new DeterminationRendered(c.inspectionId(), inspection.businessNumber(), c.outcome(),
                amp ? c.ampAmount() : null, amp ? c.currency() : null, amp ? c.violations() : null, ban ? c.banYears() : null,
                c.sentOn());
        if (inspection.determination().isPresent()) {
            DeterminationRendered recorded = inspection.determination().get();
            return sameDetermination(recorded, rendered) ? Decision.alreadyDone()
                    : Decision.reject(new InspectionError.StepAlreadyRecorded(c.inspectionId(), "final determination", "sentOn",
                            recorded.sentDate()));
        }
        if (c.sentOn().isAfter(c.today())) {
            return Decision.reject(new InspectionError.DayInFuture("sentOn", c.today()));
        }
        LocalDate earliest = inspection.findingSentOn().orElse(inspection.notice().noticeDate());
        if (c.sentOn().isBefore(earliest)) {
            return Decision.reject(new InspectionError.DateOutOfOrder("sentOn", c.sentOn(),
                    inspection.findingSentOn().isPresent() ? FINDING : NOTICE, earliest));
        }
        if (amp != (c.ampAmount() != null)) {
            return Decision.reject(new InspectionError.OutcomeMismatch("penalty", amp
                    ? "A determination with outcome AMP states the penalty's amount."
                    : "Only a determination with outcome AMP states a penalty; this one is " + c.outcome() + "."));
        }
        if (ban != (c.banYears() != null)) {
            return Decision.reject(new InspectionError.OutcomeMismatch("banYears", ban
                    ? "A determination with outcome BAN states the ban's length in years."
                    : "Only a determination with outcome BAN states a ban's length; this one is " + c.outcome() + "."));
        }
        if (amp) {
            if (c.ampRange().isEmpty()) {
                return Decision.reject(new InspectionError.OutcomeMismatch("sentOn", "No administrative monetary penalty could be"
                        + " imposed on " + c.sentOn() + ": no range of penalties was in force that day."));
            }
            var range = c.ampRange().get();
            BigDecimal violations = BigDecimal.valueOf(c.violations());
            if (!range.currency().equals(c.currency()) || c.ampAmount().compareTo(range.minimum().multiply(violations)) < 0
                    || c.ampAmount().compareTo(range.maximum().multiply(violations)) > 0) {
                return Decision.reject(InspectionError.AmpAmountOutOfRange.of(c.ampAmount(), c.currency(), c.violations(),
                        new InspectionError.AmpRangeFacts(range.minimum(), range.maximum(), range.currency(), range.source())));
            }
        }
        return Decision.accept(rendered);
    }

    /** The same facts: amounts as numbers, so that 5000 is 5000.00. */
    private static boolean sameDetermination(DeterminationRendered a, DeterminationRendered b) {
        return a.outcome() == b.outcome() && a.sentDate().equals(b.sentDate()) && Objects.equals(a.banYears(), b.banYears())
                && Objects.equals(a.currency(), b.currency()) && Objects.equals(a.violations(), b.violations())
                && (a.ampAmount() == null ? b.ampAmount() == null : b.ampAmount() != null && a.ampAmount().compareTo(b.ampAmount()) == 0);
    }

    private static Decision<InspectionEvent> payment(RecordPenaltyPayment c, Inspection inspection) {
        if (inspection.payment().isPresent()) {
            PenaltyPaid recorded = inspection.payment().get();
            return recorded.amount().compareTo(c.amount()) == 0 && recorded.currency().equals(c.currency())
                    && recorded.paidDate().equals(c.paidOn())
                    ? Decision.alreadyDone()
                    : Decision.reject(new InspectionError.StepAlreadyRecorded(c.inspectionId(), "payment of the penalty", "paidOn",
                            recorded.paidDate()));
        }
        if (inspection.determination().map(d -> d.outcome() != InspectionOutcome.AMP).orElse(true)) {
            return Decision.reject(new InspectionError.NoPenaltyOwed(c.inspectionId()));
        }
        DeterminationRendered determination = inspection.determination().get();
        if (c.paidOn().isAfter(c.today())) {
            return Decision.reject(new InspectionError.DayInFuture("paidOn", c.today()));
        }
        if (c.paidOn().isBefore(determination.sentDate())) {
            return Decision.reject(new InspectionError.DateOutOfOrder("paidOn", c.paidOn(), DETERMINATION, determination.sentDate()));
        }
        if (determination.ampAmount().compareTo(c.amount()) != 0 || !determination.currency().equals(c.currency())) {
            return Decision.reject(new InspectionError.WrongPenaltyAmount(determination.ampAmount(), determination.currency(),
                    c.amount(), c.currency()));
        }
        return Decision.accept(new PenaltyPaid(c.inspectionId(), inspection.businessNumber(), c.amount(), c.currency(), c.paidOn()));
    }

}
