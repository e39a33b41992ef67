package ca.imp.deadlineservice.calendar;

import java.time.Clock;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadlineservice.employer.EmployerNotFound;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.Transactions;

/**
 * Opens a secret calendar feed of one of the caller's employers. Calendar applications cannot send a
 * bearer token, so the secret in the address is the credential: it is returned once, here, and
 * never stored (only its hash is).
 */
@Singleton
public class OpenCalendarFeed {
    private final CalendarFeeds feeds;
    private final Clock clock;
    private final Transactions transactions;

    OpenCalendarFeed(CalendarFeeds feeds, Clock clock, Transactions transactions) {
        this.feeds = feeds;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The feed and the secret of its address, which cannot be recovered later. */
    public record Opened(CalendarFeed feed, FeedSecret secret) {
    }

    /** @param alsoRecord what else the opening transaction records, given the feed's id (e.g. the request's Idempotency-Key) */
    public Uni<Opened> open(Caller caller, String businessNumber, AlsoRecord alsoRecord) {
        if (!caller.actsFor(businessNumber)) {
            return Uni.createFrom().failure(new DomainRejection(new EmployerNotFound(businessNumber)));
        }
        FeedSecret secret = FeedSecret.random();
        return transactions.inTransaction(tx -> feeds.open(tx, businessNumber, secret, caller.actor(), clock.instant())
                .call(feed -> alsoRecord.in(tx, feed.feedId().toString()))
                .map(feed -> new Opened(feed, secret)));
    }
}
