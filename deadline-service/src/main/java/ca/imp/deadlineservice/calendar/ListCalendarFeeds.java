package ca.imp.deadlineservice.calendar;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadlineservice.employer.EmployerNotFound;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.store.DomainRejection;

/** The calendar feeds of one of the caller's employers: who opened each, when, and when it was last fetched. */
@Singleton
public class ListCalendarFeeds {
    private final CalendarFeeds feeds;

    ListCalendarFeeds(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    public Uni<Page<CalendarFeed>> list(Caller caller, String businessNumber, int page, int size) {
        return all(caller, businessNumber).map(all -> Page.of(all, page, size));
    }

    /** One of the employer's feeds; one it never had, or revoked, is not found. */
    public Uni<CalendarFeed> one(Caller caller, String businessNumber, UUID feedId) {
        return all(caller, businessNumber).map(all -> all.stream().filter(feed -> feed.feedId().equals(feedId)).findFirst()
                .orElseThrow(() -> new DomainRejection(new CalendarFeedNotFound())));
    }

    private Uni<List<CalendarFeed>> all(Caller caller, String businessNumber) {
        if (!caller.actsFor(businessNumber)) {
            return Uni.createFrom().failure(new DomainRejection(new EmployerNotFound(businessNumber)));
        }
        return feeds.of(businessNumber);
    }
}
