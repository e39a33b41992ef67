package ca.imp.decisionservice.offers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.imp.access.Caller;
import ca.imp.access.Role;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferStatus;

/**
 * Whose an offer is, as this service knows it: who may see it and its applications, and who their personal data;
 * and where it stands, in the one offer status vocabulary of every service.
 */
class OfferStandingTest {
    private static final String MAPLE = "100000001";
    private static final String BIRCH = "100000002";
    private static final LocalDate SUBMITTED_ON = LocalDate.parse("2026-04-01");
    private static final LocalDate DECIDED_ON = LocalDate.parse("2026-06-16");
    private static final OfferStanding MAPLES = new OfferStanding("A1234567", MAPLE, true, SUBMITTED_ON, true, false, null);
    /** Known from a FeePaid that came before its OfferSubmitted, or from before this service kept employers. */
    private static final OfferStanding NOBODYS = new OfferStanding("A7654321", null, false, null, true, false, null);

    private static OfferStanding endedBy(DecisionOutcome outcome) {
        return new OfferStanding("A1234567", MAPLE, true, SUBMITTED_ON, true, false,
                new OfferStanding.Invalidation("A1234567-1", outcome, DECIDED_ON));
    }

    @Test
    void an_employer_and_its_representatives_see_its_offers_and_their_personal_data() {
        for (Caller caller : List.of(Caller.of("hr", Role.EMPLOYER, MAPLE),
                Caller.of("firm", Role.REPRESENTATIVE, BIRCH, MAPLE))) {
            assertTrue(MAPLES.visibleTo(caller));
            assertTrue(MAPLES.personalDataVisibleTo(caller));
        }
    }

    @Test
    void another_employer_and_its_representatives_see_nothing_of_it() {
        for (Caller caller : List.of(Caller.of("hr", Role.EMPLOYER, BIRCH), Caller.of("firm", Role.REPRESENTATIVE, BIRCH))) {
            assertFalse(MAPLES.visibleTo(caller));
            assertFalse(MAPLES.personalDataVisibleTo(caller));
        }
    }

    @Test
    void officers_ops_and_partners_see_every_offer_but_no_personal_data() {
        for (Role role : List.of(Role.OFFICER, Role.OPS, Role.PARTNER)) {
            Caller caller = Caller.of(role.claimValue() + "-1", role);
            assertTrue(MAPLES.visibleTo(caller));
            assertTrue(NOBODYS.visibleTo(caller));
            assertFalse(MAPLES.personalDataVisibleTo(caller));
        }
    }

    @Test
    void an_offer_whose_employer_is_not_known_is_no_employers_to_see() {
        Caller employer = Caller.of("hr", Role.EMPLOYER, MAPLE);

        assertFalse(NOBODYS.visibleTo(employer));
        assertFalse(NOBODYS.personalDataVisibleTo(employer));
    }

    @Test
    void an_approved_offer_reads_approved_not_invalidated() {
        assertEquals(OfferStatus.APPROVED, endedBy(DecisionOutcome.APPROVED).status());
    }

    @Test
    void a_refused_offer_reads_refused() {
        assertEquals(OfferStatus.REFUSED, endedBy(DecisionOutcome.REFUSED).status());
    }

    @Test
    void an_offer_withdrawn_by_its_employer_and_one_ended_by_a_withdrawn_application_both_read_withdrawn() {
        var byTheEmployer = new OfferStanding("A1234567", MAPLE, true, SUBMITTED_ON, true, true, null);

        assertEquals(OfferStatus.WITHDRAWN, byTheEmployer.status());
        assertEquals(OfferStatus.WITHDRAWN, endedBy(DecisionOutcome.WITHDRAWN).status());
    }

    @Test
    void an_offer_whose_submission_has_not_arrived_reads_unknown() {
        assertEquals(OfferStatus.UNKNOWN, OfferStanding.unknown("A1234567").status());
        assertEquals(OfferStatus.UNKNOWN, NOBODYS.status());
    }

    @Test
    void an_offer_awaits_its_fee_until_it_is_settled() {
        assertEquals(OfferStatus.AWAITING_FEE, new OfferStanding("A1234567", MAPLE, true, SUBMITTED_ON, false, false, null).status());
        assertEquals(OfferStatus.READY, MAPLES.status());
    }
}
