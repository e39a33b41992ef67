package ca.imp.decisionservice.application;

import ca.imp.deadline.rules.ComputedDeadline;
import ca.imp.deadline.rules.DeadlineRules;

/**
 * An ATIP request as a caller may see it.
 *
 * @param requesterName who filed it; null for a caller who may not see the employer's personal data
 * @param responseDue   when the department's answer is due, counted by the deadline rules
 */
public record GcmsRequestDetails(OfferApplications.GcmsRequest request, String requesterName, ComputedDeadline responseDue) {

    static GcmsRequestDetails of(OfferApplications.GcmsRequest request, String requesterName, DeadlineRules rules) {
        return new GcmsRequestDetails(request, requesterName, rules.forGcmsRequest(request.request().filedOn()));
    }
}
