package ca.imp.deadlineservice.deadline;

import ca.imp.access.Caller;
import ca.imp.deadlineservice.view.DeadlineFilter;

/**
 * Which deadlines a caller may see, as a condition on the deadline view: a deadline belongs to the
 * employer of its offer, learnt from offer-service's {@code OfferSubmitted}. An employer or
 * representative sees the deadlines of the employers it acts for; the roles that work across
 * employers see all. A deadline whose offer's employer is not known yet (its decision arrived
 * first) belongs to no employer until then, so only the cross-employer roles see it.
 */
final class VisibleDeadlines {
    private VisibleDeadlines() {
    }

    static DeadlineFilter to(Caller caller) {
        DeadlineFilter filter = new DeadlineFilter();
        return caller.role().actsForEmployers() ? filter.employers(caller.businessNumbers()) : filter;
    }
}
