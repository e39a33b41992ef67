package ca.imp.decisionservice.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.NotTemporaryFactor;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.deadline.rules.ComputedDeadline;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadline.rules.DecisionFacts;
import ca.imp.decisionservice.guidance.GuidanceCatalogue.GroundText;
import ca.imp.decisionservice.guidance.NextSteps.Due;
import ca.imp.decisionservice.guidance.NextSteps.FeeConsequence;
import ca.imp.decisionservice.guidance.NextSteps.GroundAdvice;
import ca.imp.decisionservice.guidance.NextSteps.OfferConsequence;
import ca.imp.decisionservice.guidance.NextSteps.Option;
import ca.imp.decisionservice.guidance.NextSteps.ReapplicationBar;

/**
 * Works out the next steps after a decision (domain.md, Decisions). Every date comes from the
 * deadline rules deadline-service schedules by, through the same entry point
 * ({@link DeadlineRules#forDecision}), so the guidance and the deadlines never disagree.
 */
public final class NextStepsPlanner {
    private static final Map<String, DeadlineKind> OPTION_DEADLINES = Map.of(
            "JUDICIAL_REVIEW", DeadlineKind.JUDICIAL_REVIEW_LEAVE,
            "RESTORATION", DeadlineKind.RESTORATION);

    private static final String READ_NOTES = "READ_NOTES";
    private static final String GCMS_NOTES = "GCMS_NOTES";

    private final GuidanceCatalogue text;
    private final DeadlineRules rules;

    /** @throws IllegalStateException when the catalogue lacks words for a ground, factor, outcome or option */
    public NextStepsPlanner(GuidanceCatalogue text, DeadlineRules rules) {
        this.text = text;
        this.rules = rules;
        check();
    }

    public NextSteps plan(ApplicationRegistered application, DecisionRendered decision) {
        Map<DeadlineKind, ComputedDeadline> deadlines = new EnumMap<>(DeadlineKind.class);
        rules.forDecision(DecisionFacts.named(decision.outcome().name(), decision.decisionDate(), decision.communicatedDate(),
                        decision.applicantLocation().name(), decision.grounds(),
                        decision.matterArose() == null ? null : decision.matterArose().name()))
                .forEach(deadline -> deadlines.put(deadline.kind(), deadline));
        Words words = new Words(decision, deadlines);
        var outcome = text.outcomes().get(decision.outcome().name());
        OfferConsequence offer = offerConsequence(decision, deadlines, words);
        if (decision.outcome() != DecisionOutcome.REFUSED) {
            return new NextSteps(decision.applicationId(), decision.offerNumber(), decision.outcome(), decision.decisionDate(),
                    words.fill(outcome.summary()), offer, outcome.steps().stream().map(words::fill).toList(), null, null, null,
                    text.disclaimer(), text.catalogueVersion());
        }
        List<RefusalGround> grounds = decision.grounds().stream().map(RefusalGround::valueOf)
                .sorted(Comparator.comparingInt((RefusalGround g) -> ground(g).severity()).reversed())
                .toList();
        boolean misrepresentation = grounds.contains(RefusalGround.MISREPRESENTATION);
        return new NextSteps(decision.applicationId(), decision.offerNumber(), decision.outcome(), decision.decisionDate(),
                words.fill(outcome.summary()), offer, null, options(grounds.get(0), application, decision, deadlines),
                grounds.stream().map(g -> advice(g, decision)).toList(),
                misrepresentation ? bar(deadlines.get(DeadlineKind.MISREPRESENTATION_BAR_ENDS), words) : null,
                text.disclaimer(), text.catalogueVersion());
    }

    private OfferConsequence offerConsequence(DecisionRendered decision, Map<DeadlineKind, ComputedDeadline> deadlines,
                                              Words words) {
        boolean usable = !decision.invalidatesOffer();
        String number = words.fill(usable ? text.offer().numberUsable() : text.offer().numberDead());
        return switch (decision.outcome()) {
            case REFUSED -> new OfferConsequence(usable, number, FeeConsequence.REFUNDABLE, words.fill(text.offer().feeRefundable()),
                    dateOf(deadlines.get(DeadlineKind.FEE_REFUND_FOLLOW_UP)), null);
            case APPROVED -> new OfferConsequence(usable, number, FeeConsequence.SPENT, words.fill(text.offer().feeSpent()), null, null);
            // IRPR 303.1(6): the applicant's withdrawal refunds nothing; the employer's withdrawal of the offer does,
            // whether or not the decision ended the number (offer-service accepts that withdrawal either way).
            case WITHDRAWN -> new OfferConsequence(usable, number, FeeConsequence.REFUNDABLE_IF_EMPLOYER_WITHDRAWS,
                    words.fill(text.offer().feeRefundableIfEmployerWithdraws()), null,
                    "/offers/" + decision.offerNumber() + "/withdrawal");
            case RETURNED -> usable
                    ? new OfferConsequence(true, number, FeeConsequence.UNCHANGED, words.fill(text.offer().feeUntouched()), null, null)
                    : new OfferConsequence(false, number, FeeConsequence.NOT_REFUNDABLE, words.fill(text.offer().feeNotRefundable()),
                            null, null);
        };
    }

    /**
     * The leading ground's order, less what cannot apply: restoration needs an applicant who was in Canada. When the
     * officer's notes came with the letter, reading them leads and the GCMS request, still offered for the full
     * record (IRCC may remove portions of the notes), comes last.
     */
    private List<Option> options(RefusalGround leading, ApplicationRegistered application, DecisionRendered decision,
                                 Map<DeadlineKind, ComputedDeadline> deadlines) {
        List<String> order = new ArrayList<>(ground(leading).optionOrder());
        if (decision.notesIncluded()) {
            order.add(0, READ_NOTES);
            if (order.remove(GCMS_NOTES)) {
                order.add(GCMS_NOTES);
            }
        }
        List<Option> options = new ArrayList<>();
        for (String option : order) {
            if (option.equals("RESTORATION") && (application.applicantLocation() != ApplicantLocation.INSIDE_CANADA
                    || !deadlines.containsKey(DeadlineKind.RESTORATION))) {
                continue;
            }
            var words = text.options().get(option);
            DeadlineKind kind = OPTION_DEADLINES.get(option);
            options.add(new Option(option, words.title(), words.explanation(), kind == null ? null : due(deadlines.get(kind))));
        }
        return options;
    }

    private GroundAdvice advice(RefusalGround ground, DecisionRendered decision) {
        GroundText words = ground(ground);
        List<String> evidence = new ArrayList<>(words.evidence());
        if (ground == RefusalGround.NOT_TEMPORARY) {
            decision.factors().forEach(factor -> evidence.add(text.factors().get(factor)));
        }
        return new GroundAdvice(ground.name(), words.meaning(), List.copyOf(evidence));
    }

    private ReapplicationBar bar(ComputedDeadline barEnds, Words words) {
        return new ReapplicationBar(barEnds.dueDate(), words.fill(text.misrepresentationBar()), due(barEnds));
    }

    private GroundText ground(RefusalGround ground) {
        return text.grounds().get(ground.name());
    }

    private static Due due(ComputedDeadline deadline) {
        return deadline == null ? null : new Due(deadline.kind().name(), deadline.dueDate(), deadline.basis(), deadline.warnings());
    }

    private static LocalDate dateOf(ComputedDeadline deadline) {
        return deadline == null ? null : deadline.dueDate();
    }

    private void check() {
        for (RefusalGround ground : RefusalGround.values()) {
            GroundText words = text.grounds().get(ground.name());
            if (words == null) {
                throw new IllegalStateException("the guidance catalogue has no words for ground " + ground);
            }
            words.optionOrder().stream().filter(option -> !text.options().containsKey(option)).findFirst().ifPresent(option -> {
                throw new IllegalStateException("ground " + ground + " orders an option the catalogue lacks: " + option);
            });
        }
        if (!text.options().containsKey(READ_NOTES)) {
            throw new IllegalStateException("the guidance catalogue has no words for option " + READ_NOTES);
        }
        for (NotTemporaryFactor factor : NotTemporaryFactor.values()) {
            if (!text.factors().containsKey(factor.name())) {
                throw new IllegalStateException("the guidance catalogue has no words for factor " + factor);
            }
        }
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            if (!text.outcomes().containsKey(outcome.name())) {
                throw new IllegalStateException("the guidance catalogue has no words for outcome " + outcome);
            }
        }
    }

    /** Fills a text's {placeholders} with the decision's facts. */
    private static final class Words {
        private final Map<String, String> values;

        Words(DecisionRendered decision, Map<DeadlineKind, ComputedDeadline> deadlines) {
            this.values = Map.of(
                    "{offerNumber}", decision.offerNumber(),
                    "{applicationId}", decision.applicationId(),
                    "{outcome}", decision.outcome().name(),
                    "{decisionDate}", decision.decisionDate().toString(),
                    "{communicatedDate}", decision.communicatedDate().toString(),
                    "{refundFollowUpBy}", String.valueOf(dateOf(deadlines.get(DeadlineKind.FEE_REFUND_FOLLOW_UP))),
                    "{barEnds}", String.valueOf(dateOf(deadlines.get(DeadlineKind.MISREPRESENTATION_BAR_ENDS))));
        }

        String fill(String template) {
            String filled = template;
            for (var value : values.entrySet()) {
                filled = filled.replace(value.getKey(), value.getValue());
            }
            return filled;
        }
    }
}
