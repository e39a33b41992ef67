package ca.imp.deadlineservice.calendar;

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
        if (!caller.actsFor(businessNumber)) {
            return Uni.createFrom().failure(new DomainRejection(new EmployerNotFound(businessNumber)));
        }
        return feeds.of(businessNumber).map(all -> Page.of(all, page, size));
    }
}
