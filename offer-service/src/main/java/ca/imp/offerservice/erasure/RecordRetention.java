package ca.imp.offerservice.erasure;

import java.time.LocalDate;
import java.util.List;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.ApplicationLinked;
import ca.imp.contract.offer.ApplicationReturned;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.deadline.rules.ComputedDeadline;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.offerservice.offer.Offer;

/**
 * How long the employer must keep the records of an offer's worker, and so from when the worker's
 * personal data may be erased. An employer keeps the documents of a work permit application for six
 * years (IRPR 209.2(1)(b)); the length and the citation come from the shared deadline policy
 * ({@link DeadlineKind#RECORD_RETENTION_ENDS}), not from here.
 */
public sealed interface RecordRetention {

    /** Whether the worker's personal data may be erased on that day. */
    boolean over(LocalDate today);

    /** No application ever used the offer: no record of an application to keep. */
    record NotRequired() implements RecordRetention {
        public boolean over(LocalDate today) {
            return true;
        }
    }

    /**
     * The period runs through {@code lastDay}.
     *
     * @param startedBy what started the count, in words, e.g. "the first day of employment, 2026-09-01"
     * @param settled   whether no later event can move the period (the offer ended)
     */
    record Runs(LocalDate lastDay, String startedBy, String source, boolean settled) implements RecordRetention {
        public boolean over(LocalDate today) {
            return today.isAfter(lastDay);
        }
    }

    /**
     * An application uses the offer and has no decision yet: the period has not started.
     *
     * @param source what the period will rest on, from the policy
     */
    record NotStarted(String applicationId, String source) implements RecordRetention {
        public boolean over(LocalDate today) {
            return false;
        }
    }

    /**
     * The retention of an offer, from its state and its history (the history tells whether an
     * application ever used it: a returned application leaves no trace in the state).
     */
    static RecordRetention of(Offer offer, List<OfferEvent> history, DeadlineRules rules) {
        List<ApplicationReturned> returns = history.stream()
                .filter(ApplicationReturned.class::isInstance).map(ApplicationReturned.class::cast).toList();
        if (history.stream().noneMatch(ApplicationLinked.class::isInstance)) {
            return new NotRequired();
        }
        var invalidation = offer.use().invalidation();
        if (invalidation.isPresent()) {
            var decision = invalidation.get();
            if (decision.outcome() == DecisionOutcome.APPROVED) {
                var recorded = offer.use().employmentStartedOn();
                if (recorded.isPresent()) {
                    return runs(rules, recorded.get(), "the first day of employment, " + recorded.get(), true);
                }
                // Until the employer records it: employment starts on the offer's start date, or on the approval if later.
                LocalDate start = offer.terms().job().startDate();
                LocalDate firstDay = start.isBefore(decision.decisionDate()) ? decision.decisionDate() : start;
                return runs(rules, firstDay, "the first day of employment (taken as the offer's start date, or the "
                        + "approval if later), " + firstDay, true);
            }
            return runs(rules, decision.decisionDate(), "the decision (" + decision.outcome() + " on "
                    + decision.decisionDate() + ")", true);
        }
        var withdrawal = offer.use().withdrawal();
        if (withdrawal.isPresent()) {
            // The offer no longer learns of the decision once withdrawn: its withdrawal is the last fact it has.
            return runs(rules, withdrawal.get().withdrawnOn(), "the employer's withdrawal of the offer, "
                    + withdrawal.get().withdrawnOn(), true);
        }
        var application = offer.use().applicationId();
        if (application.isPresent()) {
            return new NotStarted(application.get(), rules.source(DeadlineKind.RECORD_RETENTION_ENDS));
        }
        ApplicationReturned last = returns.get(returns.size() - 1);
        return runs(rules, last.returnedOn(), "the return of application " + last.applicationId() + " on "
                + last.returnedOn(), false);
    }

    private static Runs runs(DeadlineRules rules, LocalDate start, String startedBy, boolean settled) {
        ComputedDeadline end = rules.compute(DeadlineKind.RECORD_RETENTION_ENDS, start);
        return new Runs(end.dueDate(), startedBy, end.source(), settled);
    }
}
