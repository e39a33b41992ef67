package ca.imp.contract.range;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.contract.inspection.PenaltyPaid;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;
import ca.imp.contract.inspection.PreliminaryFindingSent;
import ca.imp.contract.offer.ComplianceEvidenceRecorded;
import ca.imp.contract.offer.EmploymentChanged;
import ca.imp.contract.offer.EmploymentStarted;
import ca.imp.contract.offer.FeeExemptionClaimed;

/** The ranges as policy, with the dates written out by hand against a fixed today. */
class RangesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static DecisionRendered decision(String decided, String communicated) {
        return new DecisionRendered("A1234567-1", "A1234567", DecisionOutcome.APPROVED, LocalDate.parse(decided),
                LocalDate.parse(communicated), ApplicantLocation.INSIDE_CANADA, List.of(), true);
    }

    @Test
    void a_fact_of_the_business_lies_between_the_portals_start_and_today() {
        assertTrue(DateRange.PORTAL_ERA.contains(LocalDate.of(2015, 1, 1), TODAY));
        assertTrue(DateRange.PORTAL_ERA.contains(TODAY, TODAY));
        assertFalse(DateRange.PORTAL_ERA.contains(LocalDate.of(2014, 12, 31), TODAY));
        assertFalse(DateRange.PORTAL_ERA.contains(LocalDate.of(2026, 11, 28), TODAY));
        assertFalse(DateRange.PORTAL_ERA.contains(LocalDate.MIN, TODAY));
        assertFalse(DateRange.PORTAL_ERA.contains(LocalDate.MAX, TODAY));
        assertEquals("must be between 2015-01-01 and today (2026-11-27)", DateRange.PORTAL_ERA.requirement(TODAY));
    }

    @Test
    void a_worker_is_14_to_100_years_old() {
        assertTrue(DateRange.BIRTH.contains(LocalDate.of(2012, 11, 27), TODAY));
        assertFalse(DateRange.BIRTH.contains(LocalDate.of(2012, 11, 28), TODAY));
        assertTrue(DateRange.BIRTH.contains(LocalDate.of(1926, 11, 27), TODAY));
        assertFalse(DateRange.BIRTH.contains(LocalDate.of(1926, 11, 26), TODAY));
    }

    @Test
    void employment_and_previews_reach_a_few_years_ahead_at_most() {
        assertTrue(DateRange.EMPLOYMENT.contains(LocalDate.of(2031, 11, 27), TODAY));
        assertFalse(DateRange.EMPLOYMENT.contains(LocalDate.of(2031, 11, 28), TODAY));
        assertTrue(DateRange.PREVIEW.contains(LocalDate.of(2027, 11, 27), TODAY));
        assertFalse(DateRange.PREVIEW.contains(LocalDate.of(2027, 11, 28), TODAY));
        assertEquals("must be between 2015-01-01 and 2027-11-27", DateRange.PREVIEW.requirement(TODAY));
    }

    @Test
    void a_fee_is_in_dollars_and_cents_up_to_100000_and_a_huge_exponent_is_refused_at_once() {
        assertTrue(MoneyRange.FEE.contains(new BigDecimal("0")));
        assertTrue(MoneyRange.FEE.contains(new BigDecimal("100000.00")));
        assertTrue(MoneyRange.FEE.contains(new BigDecimal("230.500")));
        assertFalse(MoneyRange.FEE.contains(new BigDecimal("230.001")));
        assertFalse(MoneyRange.FEE.contains(new BigDecimal("100000.01")));
        assertFalse(MoneyRange.FEE.contains(new BigDecimal("-0.01")));
        assertTimeoutPreemptively(Duration.ofMillis(100), () -> {
            assertFalse(MoneyRange.FEE.contains(new BigDecimal("1e1000000")));
            assertFalse(MoneyRange.FEE.contains(new BigDecimal("1e-1000000")));
        });
    }

    @Test
    void text_has_no_control_characters_and_long_text_may_keep_its_lines() {
        assertTrue(TextRange.isPlain("Maple Robotics Inc. — Montréal", false));
        assertFalse(TextRange.isPlain("Maple\u0000Robotics", false));
        assertFalse(TextRange.isPlain("Maple\u007fRobotics", false));
        assertFalse(TextRange.isPlain("line\nbreak", false));
        assertTrue(TextRange.isPlain("line\r\nbreak\tand tab", true));
        assertFalse(TextRange.isPlain("bell\u0007", true));
    }

    @Test
    void a_consumer_refuses_a_decision_its_producers_edge_would_have_refused() {
        OutOfRange early = assertThrows(OutOfRange.class, () -> EventRanges.check(decision("2014-12-31", "2014-12-31"), TODAY));
        assertEquals("decisionDate", early.field());
        assertEquals("in-date-range", early.rule());
        assertEquals("decisionDate must be between 2015-01-01 and today (2026-11-27)", early.getMessage());
        assertEquals("communicatedDate",
                assertThrows(OutOfRange.class, () -> EventRanges.check(decision("2026-06-16", "2026-06-15"), TODAY)).field());
        assertEquals("communicatedDate",
                assertThrows(OutOfRange.class, () -> EventRanges.check(decision("2026-06-16", "+999999999-12-31"), TODAY)).field());
        assertDoesNotThrow(() -> EventRanges.check(decision("2026-06-16", "2026-06-17"), TODAY));
        assertEquals("submittedOn", assertThrows(OutOfRange.class, () -> EventRanges.check(
                new ApplicationRegistered("A1234567-1", "A1234567", ApplicantLocation.INSIDE_CANADA, LocalDate.MIN), TODAY)).field());
    }

    @Test
    void a_permit_ends_after_the_day_it_was_approved_and_at_most_five_years_after_it() {
        LocalDate decided = LocalDate.of(2026, 6, 16);
        assertTrue(SpanRange.PERMIT_VALIDITY.contains(LocalDate.of(2026, 6, 17), decided));
        assertTrue(SpanRange.PERMIT_VALIDITY.contains(LocalDate.of(2031, 6, 16), decided));
        assertFalse(SpanRange.PERMIT_VALIDITY.contains(decided, decided));
        assertFalse(SpanRange.PERMIT_VALIDITY.contains(LocalDate.of(2031, 6, 17), decided));
        assertTrue(SpanRange.PERMIT_VALIDITY.contains(null, decided));
        assertEquals("must be between 2026-06-17 and 2031-06-16", SpanRange.PERMIT_VALIDITY.requirement(decided));
        assertEquals(SpanRange.PERMIT_VALIDITY.latest(TODAY), DateRange.EMPLOYMENT.latest(TODAY),
                "an employment is planned within the longest permit granted today");
    }

    @Test
    void a_consumer_refuses_an_approval_whose_permit_ends_outside_its_span_and_reads_one_without_the_date() {
        var decided = LocalDate.of(2026, 6, 16);
        var outside = new DecisionRendered("A1234567-1", "A1234567", DecisionOutcome.APPROVED, decided, decided,
                ApplicantLocation.INSIDE_CANADA, List.of(), List.of(), true, false, null, decided);
        OutOfRange error = assertThrows(OutOfRange.class, () -> EventRanges.check(outside, TODAY));
        assertEquals("permitValidUntil", error.field());
        assertEquals("in-span-range", error.rule());
        assertDoesNotThrow(() -> EventRanges.check(decision("2026-06-16", "2026-06-16"), TODAY));
    }

    @Test
    void a_consumer_refuses_a_fee_exemption_claim_without_a_plain_proof_reference_of_bounded_length() {
        assertDoesNotThrow(() -> EventRanges.check(new FeeExemptionClaimed("A1234567", "IDRC", "IDRC letter 2026-041", false)));
        assertEquals("not-blank", assertThrows(OutOfRange.class,
                () -> EventRanges.check(new FeeExemptionClaimed("A1234567", "IDRC", " ", false))).rule());
        assertEquals("size", assertThrows(OutOfRange.class, () -> EventRanges.check(new FeeExemptionClaimed("A1234567", "IDRC",
                "x".repeat(FeeExemptionClaimed.PROOF_REFERENCE_LENGTH + 1), false))).rule());
        assertEquals("plain-text", assertThrows(OutOfRange.class,
                () -> EventRanges.check(new FeeExemptionClaimed("A1234567", "IDRC", "letter\u0000", false))).rule());
    }

    @Test
    void a_consumer_refuses_a_first_day_of_employment_in_the_future_or_before_the_portal() {
        assertEquals("startedOn", assertThrows(OutOfRange.class, () -> EventRanges.check(
                new EmploymentStarted("A1234567", "A1234567-1", TODAY.plusDays(1)), TODAY)).field());
        assertEquals("startedOn", assertThrows(OutOfRange.class, () -> EventRanges.check(
                new EmploymentStarted("A1234567", "A1234567-1", LocalDate.of(2014, 12, 31)), TODAY)).field());
        assertDoesNotThrow(() -> EventRanges.check(new EmploymentStarted("A1234567", "A1234567-1", TODAY), TODAY));
    }

    @Test
    void a_consumer_refuses_compliance_evidence_without_a_plain_bounded_reference_or_dated_outside_the_portal_era() {
        assertDoesNotThrow(() -> EventRanges.check(new ComplianceEvidenceRecorded("A1234567", "RIGHTS_INFORMATION",
                "HR file 2026-118", TODAY, "Given in French, as the worker chose"), TODAY));
        assertEquals("reference", assertThrows(OutOfRange.class, () -> EventRanges.check(new ComplianceEvidenceRecorded(
                "A1234567", "RIGHTS_INFORMATION", " ", TODAY, null), TODAY)).field());
        assertEquals("size", assertThrows(OutOfRange.class, () -> EventRanges.check(new ComplianceEvidenceRecorded("A1234567",
                "RIGHTS_INFORMATION", "x".repeat(ComplianceEvidenceRecorded.REFERENCE_LENGTH + 1), TODAY, null), TODAY)).rule());
        assertEquals("plain-text", assertThrows(OutOfRange.class, () -> EventRanges.check(new ComplianceEvidenceRecorded(
                "A1234567", "RIGHTS_INFORMATION", "file\u0000", TODAY, null), TODAY)).rule());
        assertEquals("documentOn", assertThrows(OutOfRange.class, () -> EventRanges.check(new ComplianceEvidenceRecorded(
                "A1234567", "RIGHTS_INFORMATION", "HR file 2026-118", TODAY.plusDays(1), null), TODAY)).field());
    }

    @Test
    void a_consumer_refuses_an_employment_change_without_plain_bounded_documents_or_outside_the_employment_window() {
        assertDoesNotThrow(() -> EventRanges.check(new EmploymentChanged("A1234567", TODAY, null, null, "New duties", null,
                List.of("Amended agreement 2026-12-15")), TODAY));
        assertEquals("documents", assertThrows(OutOfRange.class, () -> EventRanges.check(new EmploymentChanged("A1234567", TODAY,
                null, null, "New duties", null, List.of()), TODAY)).field());
        assertEquals("plain-text", assertThrows(OutOfRange.class, () -> EventRanges.check(new EmploymentChanged("A1234567", TODAY,
                null, null, "New duties", null, List.of("letter\u0000")), TODAY)).rule());
        assertEquals("effectiveOn", assertThrows(OutOfRange.class, () -> EventRanges.check(new EmploymentChanged("A1234567",
                TODAY.plusYears(6), null, null, "New duties", null, List.of("Letter 12")), TODAY)).field());
    }

    @Test
    void a_consumer_refuses_an_inspection_step_dated_where_offer_services_edge_would_have_refused_it() {
        String inspection = "5b0c2a4e-8d7f-4c1a-9e63-2f4b7d1c9a80";
        assertDoesNotThrow(() -> EventRanges.check(new InspectionNoticed(inspection, "123456789", List.of(),
                TODAY.minusDays(3), TODAY.plusMonths(2)), TODAY));
        assertEquals("documentsDueDate", assertThrows(OutOfRange.class, () -> EventRanges.check(new InspectionNoticed(
                inspection, "123456789", List.of(), TODAY, TODAY.plusYears(2)), TODAY)).field());
        assertEquals("sentDate", assertThrows(OutOfRange.class, () -> EventRanges.check(
                new PreliminaryFindingSent(inspection, "123456789", TODAY.plusDays(1)), TODAY)).field());
        assertEquals("responseDate", assertThrows(OutOfRange.class, () -> EventRanges.check(
                new PreliminaryFindingAnswered(inspection, "123456789", LocalDate.parse("2014-12-31"), "R-1"), TODAY)).field());
        assertEquals("not-null", assertThrows(OutOfRange.class, () -> EventRanges.check(new DeterminationRendered(inspection,
                "123456789", InspectionOutcome.COMPLIANT, null, null, null, null, null), TODAY)).rule());
        assertEquals("paidDate", assertThrows(OutOfRange.class, () -> EventRanges.check(new PenaltyPaid(inspection, "123456789",
                new BigDecimal("500.00"), "CAD", TODAY.plusDays(1)), TODAY)).field());
    }
}
