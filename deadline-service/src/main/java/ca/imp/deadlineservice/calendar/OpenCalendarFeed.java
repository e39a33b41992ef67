package ca.imp.deadlineservice.calendar;

import java.time.Clock;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadlineservice.employer.EmployerNotFound;
import ca.imp.eventstore.store.DomainRejection;

/**
 * Opens a secret calendar feed of one of the caller's employers. Calendar applications cannot send a
 * bearer token, so the secret in the address is the credential: it is returned once, here, and
 * never stored (only its hash is).
 */
@Singleton
public class OpenCalendarFeed {
    private final CalendarFeeds feeds;
    private final Clock clock;

    OpenCalendarFeed(CalendarFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    /** The feed and the secret of its address, which cannot be recovered later. */
    public record Opened(CalendarFeed feed, FeedSecret secret) {
    }

    public Uni<Opened> open(Caller caller, String businessNumber) {
        if (!caller.actsFor(businessNumber)) {
            return Uni.createFrom().failure(new DomainRejection(new EmployerNotFound(businessNumber)));
        }
        FeedSecret secret = FeedSecret.random();
        return feeds.open(businessNumber, secret, caller.actor(), clock.instant()).map(feed -> new Opened(feed, secret));
    }
}
