package ca.imp.offerservice.api;

import java.util.Map;

import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;

import ca.imp.eventstore.decider.DomainError;
import ca.imp.offerservice.offer.OfferError;
import ca.imp.problem.DomainProblems;
import ca.imp.problem.Problem;

/**
 * offer-service's wording of its domain errors: where a client goes next (the resubmission of a dead
 * offer, the list of exemption codes) and the titles of the rules that have one of their own.
 */
@Singleton
@Unremovable
public class OfferProblems implements DomainProblems {

    @Override
    public Problem problemOf(DomainError error, Problem problem) {
        if (error instanceof OfferError.OfferNoLongerValid ended) {
            return problem.withFacts(Map.of("resubmit", "/offers/" + ended.offerNumber() + "/resubmissions"));
        }
        if (error instanceof OfferError.AlreadyResubmitted resubmitted) {
            return problem.withFacts(Map.of("resubmission", "/offers/" + resubmitted.resubmittedAs()));
        }
        if (error instanceof OfferError.UnknownExemptionCode) {
            return problem.withDetail(problem.detail() + "; see GET /reference/exemption-codes");
        }
        if (error instanceof OfferError.ExemptionCodeNotInForce notInForce) {
            return problem.withDetail(problem.detail() + "; see GET /reference/exemption-codes?on=" + notInForce.submittedOn());
        }
        if (error instanceof OfferError.OfferNumbersExhausted) {
            return problem.titled("Offer numbers exhausted");
        }
        if (error instanceof OfferError.NotActingForEmployer) {
            return problem.titled("Not acting for this employer");
        }
        return problem;
    }
}
