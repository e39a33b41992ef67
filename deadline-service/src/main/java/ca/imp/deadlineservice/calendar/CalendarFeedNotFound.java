package ca.imp.deadlineservice.calendar;

import ca.imp.eventstore.decider.DomainError;

/**
 * No feed at this address, or not this employer's, or revoked: all answered alike. The secret of an
 * address is never echoed back.
 */
public record CalendarFeedNotFound() implements DomainError.NotFound {
    public String rule() {
        return "calendar-feed-not-found";
    }

    public String detail() {
        return "No calendar feed is at this address; it may have been revoked.";
    }
}
