package ca.imp.deadlineservice.calendar;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadlineservice.employer.EmployerNotFound;
import ca.imp.eventstore.store.DomainRejection;

/** Revokes a calendar feed of one of the caller's employers: its address stops working at once; revoking it again changes nothing. */
@Singleton
public class RevokeCalendarFeed {
    private final CalendarFeeds feeds;
    private final Clock clock;

    RevokeCalendarFeed(CalendarFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    public Uni<Void> revoke(Caller caller, String businessNumber, UUID feedId) {
        if (!caller.actsFor(businessNumber)) {
            return Uni.createFrom().failure(new DomainRejection(new EmployerNotFound(businessNumber)));
        }
        return feeds.revoke(businessNumber, feedId, clock.instant()).map(revoked -> {
            if (!revoked) {
                throw new DomainRejection(new CalendarFeedNotFound());
            }
            return null;
        });
    }
}
