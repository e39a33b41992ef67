package ca.imp.offerservice.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.contract.inspection.PenaltyPaid;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.offerservice.compliance.Checklist;
import ca.imp.offerservice.inspection.Inspection;
import ca.imp.offerservice.overview.ComplianceOverview.ActiveOffer;
import ca.imp.offerservice.overview.ComplianceOverview.Cause;
import ca.imp.offerservice.overview.ComplianceOverview.Entry;
import ca.imp.offerservice.overview.ComplianceOverview.Reason;
import ca.imp.offerservice.reference.ComplianceObligations.AppliesWhere;
import ca.imp.offerservice.reference.ComplianceObligations.Due;
import ca.imp.offerservice.reference.ComplianceObligations.Obligation;

/** The overview's rules: what is on it, and the order of urgency. */
class ComplianceOverviewTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    private static final int WINDOW = 120;
    private static final DeadlineRules RULES = DeadlineRules.load();
    private static final String EMPLOYER = "123456789";
    private static final Obligation RIGHTS = new Obligation("RIGHTS_INFORMATION", "Information about the worker's rights",
            "R209.2(1)(a)", Due.FIRST_DAY_OF_WORK, AppliesWhere.EVERY_PROVINCE, null, null, "test");
    private static final Obligation AGREEMENT = new Obligation("SIGNED_EMPLOYMENT_AGREEMENT", "A signed employment agreement",
            "R209.11(1)(e)", Due.BEFORE_OFFER, AppliesWhere.EVERY_PROVINCE, null, null, "test");

    private static Entry entry(String number, boolean overdue, String dueOn) {
        return new Entry(number, "Welder", null, null, overdue, dueOn == null ? null : LocalDate.parse(dueOn), List.of());
    }

    private static List<String> ordered(Entry... entries) {
        List<Entry> all = new ArrayList<>(List.of(entries));
        all.sort(ComplianceOverview.URGENCY);
        return all.stream().map(Entry::offerNumber).toList();
    }

    private static Checklist.Item item(Obligation obligation, Checklist.Status status, String dueOn) {
        return new Checklist.Item(obligation, status, Optional.ofNullable(dueOn).map(LocalDate::parse), false, Optional.empty(),
                Optional.empty());
    }

    /** An approved offer whose checklist has these items; the checklist's own offer is not read by the overview. */
    private static ActiveOffer offer(String number, String permitExpiresOn, Checklist.Item... items) {
        return new ActiveOffer(number, "Welder", Optional.ofNullable(permitExpiresOn).map(LocalDate::parse),
                new Checklist(null, List.of(items)));
    }

    private static Inspection inspection(String id, Optional<LocalDate> findingSentOn, Optional<PreliminaryFindingAnswered> response,
                                         Optional<DeterminationRendered> determination, Optional<PenaltyPaid> payment) {
        return new Inspection(new InspectionNoticed(id, EMPLOYER, List.of("A1234567"), LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-12-15")), findingSentOn, response, determination, payment);
    }

    private static DeterminationRendered determined(InspectionOutcome outcome) {
        return new DeterminationRendered("i-1", EMPLOYER, outcome, outcome == InspectionOutcome.AMP ? new BigDecimal("5000") : null,
                outcome == InspectionOutcome.AMP ? "CAD" : null, outcome == InspectionOutcome.AMP ? 1 : null, null,
                LocalDate.parse("2026-10-01"));
    }

    private static List<Entry> overview(List<ActiveOffer> offers, List<Inspection> inspections) {
        return ComplianceOverview.of(offers, inspections, WINDOW, RULES, TODAY);
    }

    @Test
    void overdue_items_come_first() {
        assertEquals(List.of("A0000002", "A0000001"), ordered(entry("A0000001", false, "2026-11-28"), entry("A0000002", true, "2026-11-20")));
    }

    @Test
    void the_oldest_overdue_item_comes_first() {
        assertEquals(List.of("A0000002", "A0000001"), ordered(entry("A0000001", true, "2026-11-20"), entry("A0000002", true, "2026-06-16")));
    }

    @Test
    void then_the_nearest_next_day_comes_first() {
        assertEquals(List.of("A0000002", "A0000001"), ordered(entry("A0000001", false, "2027-03-01"), entry("A0000002", false, "2026-12-01")));
    }

    @Test
    void what_has_no_day_comes_last() {
        assertEquals(List.of("A0000002", "A0000001"), ordered(entry("A0000001", false, null), entry("A0000002", false, "2030-01-01")));
    }

    @Test
    void an_offer_lists_the_obligations_due_or_overdue_and_is_placed_by_its_oldest_overdue_one() {
        Entry entry = overview(List.of(offer("A0000001", "2028-06-15", item(AGREEMENT, Checklist.Status.OVERDUE, "2026-06-16"),
                item(RIGHTS, Checklist.Status.DUE, "2026-12-01"))), List.of()).get(0);

        assertEquals(List.of(Reason.OBLIGATION_OVERDUE, Reason.OBLIGATION_DUE), entry.reasons().stream().map(Cause::reason).toList());
        assertEquals(List.of("SIGNED_EMPLOYMENT_AGREEMENT", "RIGHTS_INFORMATION"),
                entry.reasons().stream().map(Cause::obligation).toList());
        assertEquals(true, entry.overdue());
        assertEquals(LocalDate.parse("2026-06-16"), entry.dueOn());
    }

    @Test
    void obligations_done_or_not_applicable_are_not_listed() {
        Entry entry = overview(List.of(offer("A0000001", "2028-06-15", item(AGREEMENT, Checklist.Status.DONE, "2026-06-16"),
                item(RIGHTS, Checklist.Status.NOT_APPLICABLE, null))), List.of()).get(0);

        assertEquals(List.of(Reason.NOTHING_MISSING), entry.reasons().stream().map(Cause::reason).toList());
        assertEquals(LocalDate.parse("2028-06-15"), entry.dueOn());
    }

    @Test
    void a_permit_ending_within_the_window_is_listed_as_expiring_and_one_ending_after_it_is_not() {
        LocalDate lastInWindow = TODAY.plusDays(WINDOW);
        List<Entry> entries = overview(List.of(offer("A0000001", lastInWindow.toString()),
                offer("A0000002", lastInWindow.plusDays(1).toString())), List.of());

        assertEquals(List.of(Reason.PERMIT_EXPIRING), entries.get(0).reasons().stream().map(Cause::reason).toList());
        assertEquals(lastInWindow, entries.get(0).dueOn());
        assertEquals(List.of(Reason.NOTHING_MISSING), entries.get(1).reasons().stream().map(Cause::reason).toList());
    }

    @Test
    void an_inspection_is_open_until_its_determination_and_an_amp_until_it_is_paid() {
        assertEquals(true, ComplianceOverview.open(inspection("i-1", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
        assertEquals(false, ComplianceOverview.open(inspection("i-1", Optional.empty(), Optional.empty(),
                Optional.of(determined(InspectionOutcome.WARNING)), Optional.empty())));
        assertEquals(true, ComplianceOverview.open(inspection("i-1", Optional.empty(), Optional.empty(),
                Optional.of(determined(InspectionOutcome.AMP)), Optional.empty())));
        assertEquals(false, ComplianceOverview.open(inspection("i-1", Optional.empty(), Optional.empty(),
                Optional.of(determined(InspectionOutcome.AMP)), Optional.of(new PenaltyPaid("i-1", EMPLOYER, new BigDecimal("5000"),
                        "CAD", LocalDate.parse("2026-11-20"))))));
    }

    @Test
    void an_inspection_without_a_preliminary_finding_waits_for_the_documents_on_the_day_its_notice_gives() {
        Entry entry = overview(List.of(), List.of(inspection("i-1", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()))).get(0);

        assertEquals(Reason.INSPECTION_DOCUMENTS_DUE, entry.reasons().get(0).reason());
        assertEquals(LocalDate.parse("2026-12-15"), entry.dueOn());
        assertEquals(false, entry.overdue());
    }

    @Test
    void a_preliminary_finding_waits_for_its_response_on_the_day_the_deadline_rules_count() {
        LocalDate sentOn = LocalDate.parse("2026-10-20");
        Entry entry = overview(List.of(), List.of(inspection("i-1", Optional.of(sentOn), Optional.empty(), Optional.empty(),
                Optional.empty()))).get(0);

        assertEquals(Reason.PRELIMINARY_FINDING_RESPONSE_DUE, entry.reasons().get(0).reason());
        assertEquals(RULES.compute(DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE, sentOn).dueDate(), entry.dueOn());
    }

    @Test
    void an_unpaid_penalty_past_its_payment_day_is_overdue() {
        Entry entry = overview(List.of(), List.of(inspection("i-1", Optional.empty(), Optional.empty(),
                Optional.of(determined(InspectionOutcome.AMP)), Optional.empty()))).get(0);

        assertEquals(Reason.AMP_PAYMENT_DUE, entry.reasons().get(0).reason());
        assertEquals(RULES.compute(DeadlineKind.AMP_PAYMENT_DUE, LocalDate.parse("2026-10-01")).dueDate(), entry.dueOn());
        assertEquals(true, entry.overdue());
    }

    @Test
    void an_answered_preliminary_finding_waits_for_the_determination_with_no_day_and_comes_after_what_has_one() {
        List<Entry> entries = overview(List.of(offer("A0000001", "2030-01-01")), List.of(inspection("i-1",
                Optional.of(LocalDate.parse("2026-10-01")), Optional.of(new PreliminaryFindingAnswered("i-1", EMPLOYER,
                        LocalDate.parse("2026-10-30"), "HR-1")), Optional.empty(), Optional.empty())));

        assertEquals(List.of(Reason.NOTHING_MISSING, Reason.DETERMINATION_AWAITED),
                entries.stream().map(entry -> entry.reasons().get(0).reason()).toList());
    }
}
