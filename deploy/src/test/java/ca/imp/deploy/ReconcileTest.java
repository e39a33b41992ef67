package ca.imp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What "agree" means to deploy/reconcile, one rule at a time, on the services' facts about one offer. */
class ReconcileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static final JsonNode ENDED_BY_REFUSAL = json("{'status': 'REFUSED', 'invalidations':"
            + " [{'applicationId': 'A1000000-1', 'outcome': 'REFUSED'}]}");
    private static final JsonNode REFUSED = json("{'applications': [{'applicationId': 'A1000000-1', 'outcome': 'REFUSED'}],"
            + " 'offerStatus': 'REFUSED', 'offerInvalidatedBy': 'A1000000-1'}");
    private static final JsonNode JUDICIAL_REVIEW = json("{'deadlines': [{'applicationId': 'A1000000-1',"
            + " 'kind': 'JUDICIAL_REVIEW_LEAVE'}, {'applicationId': 'A1000000-1', 'kind': 'RESTORATION'}]}");

    @Test
    void a_refusal_every_service_acted_on_is_agreement() {
        assertEquals(List.of(), Reconcile.compare(ENDED_BY_REFUSAL, REFUSED, JUDICIAL_REVIEW));
    }

    @Test
    void an_offer_no_application_used_is_agreement() {
        assertEquals(List.of(), Reconcile.compare(json("{'status': 'READY', 'invalidations': []}"), null, null));
    }

    @Test
    void a_returned_application_ends_nothing() {
        JsonNode returned = json("{'applications': [{'applicationId': 'A1000000-1', 'outcome': 'RETURNED'}]}");
        assertEquals(List.of(), Reconcile.compare(json("{'status': 'READY', 'invalidations': []}"), returned, null));
    }

    @Test
    void a_decision_decision_service_says_leaves_the_offer_valid_ends_nothing() {
        JsonNode kept = json("{'applications': [{'applicationId': 'A1000000-1', 'outcome': 'APPROVED', 'invalidatesOffer': false}]}");
        assertEquals(List.of(), Reconcile.compare(json("{'status': 'READY', 'invalidations': []}"), kept, null));
    }

    @Test
    void a_returned_application_decision_service_says_ends_the_offer_breaks_rule_2_until_offer_service_applies_it() {
        JsonNode ending = json("{'applications': [{'applicationId': 'A1000000-1', 'outcome': 'RETURNED', 'invalidatesOffer': true}]}");
        List<String> broken = Reconcile.compare(json("{'status': 'READY', 'invalidations': []}"), ending, null);
        assertTrue(broken.stream().anyMatch(rule -> rule.endsWith("(rule 2)")), broken.toString());
    }

    @Test
    void an_offer_invalidated_twice_breaks_rule_1() {
        JsonNode twice = json("{'status': 'REFUSED', 'invalidations': [{'applicationId': 'A1000000-1', 'outcome': 'REFUSED'},"
                + " {'applicationId': 'A1000000-1', 'outcome': 'REFUSED'}]}");
        assertTrue(Reconcile.compare(twice, REFUSED, JUDICIAL_REVIEW).stream().anyMatch(rule -> rule.endsWith("(rule 1)")));
    }

    @Test
    void a_refusal_offer_service_never_applied_breaks_rules_2_and_4() {
        List<String> broken = Reconcile.compare(json("{'status': 'IN_USE', 'invalidations': []}"), REFUSED, JUDICIAL_REVIEW);
        assertTrue(broken.stream().anyMatch(rule -> rule.endsWith("(rule 2)")), broken.toString());
        assertTrue(broken.stream().anyMatch(rule -> rule.endsWith("(rule 4)")), broken.toString());
    }

    @Test
    void an_invalidation_by_a_decision_decision_service_does_not_hold_breaks_rule_3() {
        List<String> broken = Reconcile.compare(ENDED_BY_REFUSAL, null, JUDICIAL_REVIEW);
        assertTrue(broken.stream().anyMatch(rule -> rule.endsWith("(rule 3)")), broken.toString());
    }

    @Test
    void a_refusal_without_a_judicial_review_deadline_breaks_rule_5() {
        List<String> broken = Reconcile.compare(ENDED_BY_REFUSAL, REFUSED, null);
        assertEquals(List.of("decision-service refused A1000000-1 but deadline-service has no JUDICIAL_REVIEW_LEAVE deadline"
                + " for it (rule 5)"), broken);
    }

    @Test
    void the_same_deadline_scheduled_twice_breaks_rule_6() {
        JsonNode twice = json("{'deadlines': [{'applicationId': 'A1000000-1', 'kind': 'JUDICIAL_REVIEW_LEAVE'},"
                + " {'applicationId': 'A1000000-1', 'kind': 'JUDICIAL_REVIEW_LEAVE'}]}");
        assertEquals(List.of("deadline-service scheduled 2 deadlines of A1000000-1 JUDICIAL_REVIEW_LEAVE (rule 6)"),
                Reconcile.compare(ENDED_BY_REFUSAL, REFUSED, twice));
    }

    @Test
    void an_ending_decision_service_has_not_learnt_yet_is_agreement() {
        JsonNode notYetLearnt = json("{'applications': [{'applicationId': 'A1000000-1', 'outcome': 'REFUSED'}],"
                + " 'offerStatus': 'READY', 'offerInvalidatedBy': 'A1000000-1'}");
        assertEquals(List.of(), Reconcile.compare(ENDED_BY_REFUSAL, notYetLearnt, JUDICIAL_REVIEW));
    }

    @Test
    void an_offer_the_two_services_say_different_things_ended_breaks_rule_7() {
        JsonNode withdrawn = json("{'status': 'WITHDRAWN', 'withdrawn': true, 'invalidations': []}");
        JsonNode learntRefused = json("{'applications': [], 'offerStatus': 'REFUSED'}");

        assertEquals(List.of("decision-service learnt that the offer ended REFUSED but offer-service has it WITHDRAWN (rule 7)"),
                Reconcile.compare(withdrawn, learntRefused, null));
    }
}
