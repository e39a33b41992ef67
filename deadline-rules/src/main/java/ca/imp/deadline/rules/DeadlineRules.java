package ca.imp.deadline.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deadlines that follow from a decision or a request, counted under a policy.
 *
 * <p>Which kinds a decision starts, how long they run and how they are counted all come from
 * the policy data; nothing here reads a clock or the network, so the same facts always give the
 * same dates. Instances are immutable and safe to share.
 *
 * <pre>{@code
 * DeadlineRules rules = DeadlineRules.load();
 * List<ComputedDeadline> due = rules.forDecision(facts);
 * }</pre>
 */
public final class DeadlineRules {

    static final String RESOURCE = "deadline-policy.json";

    private final Policy policy;
    private final HolidayCalendar calendar;

    private DeadlineRules(Policy policy, Set<String> provinces) {
        this.policy = policy;
        this.calendar = new HolidayCalendar(policy.holidays(), policy.forumRules(), provinces);
    }

    /** The policy bundled with this library, with federal holidays only. */
    public static DeadlineRules load() {
        try (InputStream json = DeadlineRules.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("bundled " + RESOURCE + " is missing from the classpath");
            }
            return from(json);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled " + RESOURCE + " could not be read", e);
        }
    }

    /**
     * Other policy data, in the shape of the bundled resource. The stream is read but not closed.
     *
     * @throws IllegalArgumentException when the data is malformed or incomplete (every deadline
     *     kind and forum must be defined)
     */
    public static DeadlineRules from(InputStream json) {
        return new DeadlineRules(Policy.read(json), Set.of());
    }

    /**
     * The same policy with the holidays of these provinces added (Interpretation Act s.35(1)(a)),
     * e.g. {@code withProvinces("QC")} for a filing in Quebec. Replaces any earlier choice.
     *
     * @throws IllegalArgumentException for a province the policy has no holidays for, so that a
     *     typo does not silently leave the provincial holidays out
     */
    public DeadlineRules withProvinces(String... provinces) {
        Set<String> chosen = new TreeSet<>();
        for (String province : provinces == null ? new String[0] : provinces) {
            if (province == null || !policy.provinces().contains(province)) {
                throw new IllegalArgumentException("deadline policy has no holidays for province '" + province
                        + "'; known: " + new TreeSet<>(policy.provinces()));
            }
            chosen.add(province);
        }
        return new DeadlineRules(policy, chosen);
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    /** The policy's own version label, which every deadline computed with it carries ({@link ComputedDeadline#policyVersion()}). */
    public String policyVersion() {
        return policy.policyVersion();
    }

    /**
     * Every deadline the decision starts, in {@link DeadlineKind} order. A kind whose start date
     * the facts do not give (an approval without an employment start) is counted from its
     * provisional start if the policy gives one (the approval, the first day of work the offer planned), flagged
     * provisional, and else left
     * out, as are kinds no decision starts (the GCMS response).
     *
     * @throws IllegalStateException when a kind applies but no version of it is in effect on its
     *     start date: a gap in the policy, not something to skip quietly
     */
    public List<ComputedDeadline> forDecision(DecisionFacts facts) {
        if (facts == null) {
            throw new IllegalArgumentException("decision facts are required");
        }
        List<ComputedDeadline> deadlines = new ArrayList<>();
        for (DeadlineKind kind : DeadlineKind.values()) {
            versionFor(kind, facts).ifPresentOrElse(rule -> deadlines.add(
                            DeadlineCount.of(rule, rule.startsFrom().dateIn(facts), facts.whereTheMatterArose(),
                                    facts.matterArose() != null, calendar, policy.policyVersion())),
                    () -> provisionalVersionFor(kind, facts).ifPresent(rule -> deadlines.add(DeadlineCount.of(rule,
                            rule.provisionallyFrom(), rule.provisionallyFrom().dateIn(facts), facts.whereTheMatterArose(),
                            facts.matterArose() != null, calendar, policy.policyVersion()))));
        }
        return List.copyOf(deadlines);
    }

    /**
     * How many days before a deadline of this kind its reminders come, for reminders planned on {@code on}: the kind's
     * own lead days where the policy names them, else the default.
     *
     * @throws IllegalStateException when neither is in effect that day: a gap in the policy
     */
    public List<Integer> reminderLeadDays(DeadlineKind kind, LocalDate on) {
        if (kind == null || on == null) {
            throw new IllegalArgumentException("the deadline kind and the day the reminders are planned are required");
        }
        return inEffect(kind, on).or(() -> inEffect(null, on)).map(ReminderRule::leadDays)
                .orElseThrow(() -> new IllegalStateException("deadline policy " + policy.policyVersion()
                        + " has no reminders for " + kind + " nor default reminders in effect on " + on));
    }

    private Optional<ReminderRule> inEffect(DeadlineKind kind, LocalDate on) {
        return policy.reminders().stream().filter(rule -> rule.kind() == kind && rule.inEffectOn(on)).findFirst();
    }

    /** What a deadline of this kind is called, for people: the title of its latest version in the policy. */
    public String title(DeadlineKind kind) {
        return latest(kind).title();
    }

    /**
     * What a deadline of this kind rests on (the citations alone), from its latest version in the policy: for a
     * text that names the rule before any date is known, so that the citation is written once, in the policy.
     */
    public String source(DeadlineKind kind) {
        return latest(kind).source();
    }

    /**
     * The deadlines counted from the worker's first day of employment (record retention, the rights information), in
     * {@link DeadlineKind} order: what a provisional count from the approval becomes once the day is known.
     */
    public List<ComputedDeadline> forEmploymentStart(LocalDate firstDay) {
        if (firstDay == null) {
            throw new IllegalArgumentException("the first day of employment is required");
        }
        List<ComputedDeadline> deadlines = new ArrayList<>();
        for (DeadlineKind kind : DeadlineKind.values()) {
            versions(kind).stream()
                    .filter(rule -> rule.startsFrom() == StartEvent.EMPLOYMENT_START && rule.inEffectOn(firstDay))
                    .findFirst()
                    .ifPresent(rule -> deadlines.add(DeadlineCount.of(rule, firstDay, null, false, calendar,
                            policy.policyVersion())));
        }
        return List.copyOf(deadlines);
    }

    /**
     * The deadlines a decision counts provisionally from the first day of work its offer planned (the rights
     * information), for a decision counted before that day was known here: the offer's submission and its decision reach
     * deadline-service on two topics, in either order. Only the kinds the same decision started: a decision that
     * scheduled {@code startedKinds} would also have started a kind if every outcome that starts one of those kinds
     * starts it too (an approval's permit expiry or record retention, never a refusal's judicial review). Flagged
     * provisional, in {@link DeadlineKind} order; none when the decision started nothing.
     *
     * @param startedKinds the kinds the decision scheduled, by name
     */
    public List<ComputedDeadline> forPlannedFirstDay(LocalDate plannedFirstDay, Set<String> startedKinds) {
        if (plannedFirstDay == null || startedKinds == null) {
            throw new IllegalArgumentException("the planned first day of work and the kinds the decision started are required");
        }
        List<ComputedDeadline> deadlines = new ArrayList<>();
        for (DeadlineKind kind : DeadlineKind.values()) {
            versions(kind).stream()
                    .filter(rule -> rule.provisionallyFrom() == StartEvent.PLANNED_EMPLOYMENT_START
                            && rule.inEffectOn(plannedFirstDay) && startedBySameOutcomes(rule, startedKinds))
                    .findFirst()
                    .ifPresent(rule -> deadlines.add(DeadlineCount.of(rule, rule.provisionallyFrom(), plannedFirstDay, null,
                            false, calendar, policy.policyVersion())));
        }
        return List.copyOf(deadlines);
    }

    private boolean startedBySameOutcomes(DeadlineRule rule, Set<String> startedKinds) {
        return startedKinds.stream()
                .filter(name -> Arrays.stream(DeadlineKind.values()).anyMatch(kind -> kind.name().equals(name)))
                .map(DeadlineKind::valueOf)
                .filter(kind -> kind != rule.kind())
                .anyMatch(kind -> {
                    List<DeadlineRule> started = versions(kind).stream().filter(version -> version.when() != null).toList();
                    return !started.isEmpty() && started.stream()
                            .allMatch(version -> rule.when().outcomes().containsAll(version.when().outcomes()));
                });
    }

    /**
     * The kind of deadline the employer's evidence of a compliance obligation meets (the rights information's), if
     * the policy says one does.
     *
     * @param obligation the obligation's id as offer-service's reference data names it, e.g. RIGHTS_INFORMATION
     */
    public Optional<DeadlineKind> metByEvidenceOf(String obligation) {
        return policy.metByEvidence().stream().filter(rule -> rule.obligation().equals(obligation))
                .map(EvidenceRule::kind).findFirst();
    }

    /** When the answer to an access to information request for GCMS notes is due. */
    public ComputedDeadline forGcmsRequest(LocalDate filedOn) {
        if (filedOn == null) {
            throw new IllegalArgumentException("the date the ATIP request was filed is required");
        }
        return compute(DeadlineKind.GCMS_RESPONSE, filedOn, null);
    }

    /**
     * One kind counted from a given start date, whatever started it.
     *
     * @param location needed only for kinds whose length depends on it (judicial review leave)
     */
    public ComputedDeadline compute(DeadlineKind kind, LocalDate start, ApplicantLocation location) {
        if (kind == null) {
            throw new IllegalArgumentException("deadline kind is required");
        }
        if (start == null) {
            throw new IllegalArgumentException("start date of " + kind + " is required");
        }
        return DeadlineCount.of(versionInEffect(kind, start), start, location, false, calendar, policy.policyVersion());
    }

    public ComputedDeadline compute(DeadlineKind kind, LocalDate start) {
        return compute(kind, start, null);
    }

    private Optional<DeadlineRule> versionFor(DeadlineKind kind, DecisionFacts facts) {
        List<DeadlineRule> triggered = versions(kind).stream()
                .filter(rule -> rule.when() != null && rule.startsFrom().dateIn(facts) != null)
                .filter(rule -> rule.when().matches(facts))
                .toList();
        if (triggered.isEmpty()) {
            return Optional.empty();
        }
        Optional<DeadlineRule> inEffect = triggered.stream()
                .filter(rule -> rule.inEffectOn(rule.startsFrom().dateIn(facts)))
                .findFirst();
        if (inEffect.isPresent()) {
            return inEffect;
        }
        // The versions of one kind share a start event (checked when the policy is read).
        LocalDate start = triggered.get(0).startsFrom().dateIn(facts);
        if (versions(kind).stream().anyMatch(rule -> rule.inEffectOn(start))) {
            return Optional.empty(); // the version in effect that day is not started by this decision
        }
        throw new IllegalStateException("deadline policy " + policy.policyVersion() + " has no " + kind
                + " rule in effect on " + start);
    }

    /** The version counted from its stand-in start, when the facts lack its own start but give the stand-in's. */
    private Optional<DeadlineRule> provisionalVersionFor(DeadlineKind kind, DecisionFacts facts) {
        return versions(kind).stream()
                .filter(rule -> rule.when() != null && rule.provisionallyFrom() != null
                        && rule.startsFrom().dateIn(facts) == null && rule.provisionallyFrom().dateIn(facts) != null)
                .filter(rule -> rule.when().matches(facts) && rule.inEffectOn(rule.provisionallyFrom().dateIn(facts)))
                .findFirst();
    }

    private DeadlineRule versionInEffect(DeadlineKind kind, LocalDate start) {
        return versions(kind).stream()
                .filter(rule -> rule.inEffectOn(start))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("deadline policy " + policy.policyVersion()
                        + " has no " + kind + " rule in effect on " + start));
    }

    private DeadlineRule latest(DeadlineKind kind) {
        List<DeadlineRule> all = versions(kind);
        if (all.isEmpty()) {
            throw new IllegalStateException("deadline policy " + policy.policyVersion() + " has no " + kind + " rule");
        }
        return all.get(all.size() - 1);
    }

    private List<DeadlineRule> versions(DeadlineKind kind) {
        return policy.deadlineKinds().stream().filter(rule -> rule.kind() == kind).toList();
    }

    @Override
    public String toString() {
        return "DeadlineRules[policy " + policy.policyVersion() + ", provinces " + new TreeSet<>(calendar.provinces()) + "]";
    }
}
