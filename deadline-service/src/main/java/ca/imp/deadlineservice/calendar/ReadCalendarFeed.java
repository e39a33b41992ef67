package ca.imp.deadlineservice.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadlineservice.employer.OfferEmployer;
import ca.imp.deadlineservice.timer.ReminderPolicy;
import ca.imp.deadlineservice.view.DeadlineRecord;
import ca.imp.eventstore.store.DomainRejection;

/**
 * The open deadlines of the employer whose feed is at this secret address, as an iCalendar feed
 * with reminders at the lead times. The address is the credential, so there is no caller. The
 * calendar holds deadlines, offer and application numbers and how each date was counted: no
 * personal data, since whoever holds the address (and any calendar service it is shared with)
 * reads it.
 */
@Singleton
public class ReadCalendarFeed {
    private final CalendarFeeds feeds;
    private final DeadlineCalendar calendar;
    private final DeadlineRules rules;
    private final Clock clock;

    ReadCalendarFeed(CalendarFeeds feeds, ReminderPolicy reminders, DeadlineRules rules, Clock clock) {
        this.feeds = feeds;
        this.calendar = new DeadlineCalendar(reminders.leadDays(), reminders.timeOfDay(), reminders.zone());
        this.rules = rules;
        this.clock = clock;
    }

    /** An employer's calendar, as RFC 5545 text. */
    public record Feed(String businessNumber, String ics) {
    }

    @WithSession
    public Uni<Feed> read(String secret) {
        Optional<FeedSecret> presented = FeedSecret.presented(secret);
        Uni<Optional<CalendarFeed>> feed = presented.isPresent()
                ? feeds.use(presented.get(), clock.instant())
                : Uni.createFrom().item(Optional.empty());
        return feed.chain(found -> found.map(f -> calendarOf(f.businessNumber()))
                .orElseThrow(() -> new DomainRejection(new CalendarFeedNotFound())));
    }

    private Uni<Feed> calendarOf(String businessNumber) {
        return OfferEmployer.<OfferEmployer>find("businessNumber", businessNumber).firstResult()
                .chain(employer -> DeadlineRecord.<DeadlineRecord>find("status = 'OPEN' and offerNumber in"
                                        + " (select e.offerNumber from OfferEmployer e where e.businessNumber = ?1)",
                                Sort.by("dueDate").and("kind"), businessNumber)
                        .list()
                        .map(open -> new Feed(businessNumber, calendar.render(name(businessNumber, employer), entries(open),
                                clock.instant()))));
    }

    private List<CalendarDeadline> entries(List<DeadlineRecord> open) {
        return open.stream().map(d -> new CalendarDeadline(d.deadlineId, d.offerNumber, d.applicationId,
                rules.title(DeadlineKind.valueOf(d.kind)), d.dueDate, d.basis, d.source, d.warningList())).toList();
    }

    private static String name(String businessNumber, OfferEmployer employer) {
        return "Work permit deadlines: " + (employer == null ? "employer " + businessNumber : employer.legalName);
    }
}
