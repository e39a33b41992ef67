package ca.imp.deadlineservice.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadlineservice.employer.OfferEmployers;
import ca.imp.deadlineservice.timer.ReminderPolicy;
import ca.imp.deadlineservice.view.DeadlineFilter;
import ca.imp.deadlineservice.view.DeadlineRecord;
import ca.imp.deadlineservice.view.DeadlineRows;
import ca.imp.eventstore.store.DomainRejection;

/**
 * The open deadlines of the employer whose feed is at this secret address, as an iCalendar feed
 * with reminders at the lead times. The address is the credential, so there is no caller. The
 * calendar holds deadlines, offer, application and inspection numbers and how each date was counted: no
 * personal data, since whoever holds the address (and any calendar service it is shared with)
 * reads it.
 */
@Singleton
public class ReadCalendarFeed {
    private final CalendarFeeds feeds;
    private final OfferEmployers employers;
    private final DeadlineRows rows;
    private final ReminderPolicy reminders;
    private final DeadlineCalendar calendar;
    private final DeadlineRules rules;
    private final Clock clock;

    ReadCalendarFeed(CalendarFeeds feeds, OfferEmployers employers, DeadlineRows rows, ReminderPolicy reminders,
                     DeadlineRules rules, Clock clock) {
        this.feeds = feeds;
        this.employers = employers;
        this.rows = rows;
        this.reminders = reminders;
        this.calendar = new DeadlineCalendar(reminders.timeOfDay(), reminders.zone());
        this.rules = rules;
        this.clock = clock;
    }

    /** An employer's calendar, as RFC 5545 text. */
    public record Feed(String businessNumber, String ics) {
    }

    public Uni<Feed> read(String secret) {
        Optional<FeedSecret> presented = FeedSecret.presented(secret);
        Uni<Optional<CalendarFeed>> feed = presented.isPresent()
                ? feeds.use(presented.get(), clock.instant())
                : Uni.createFrom().item(Optional.empty());
        return feed.chain(found -> found.map(f -> calendarOf(f.businessNumber()))
                .orElseThrow(() -> new DomainRejection(new CalendarFeedNotFound())));
    }

    private Uni<Feed> calendarOf(String businessNumber) {
        return employers.legalNameOf(businessNumber)
                .chain(legalName -> rows.all(new DeadlineFilter().status(DeadlineRecord.Status.OPEN).employer(businessNumber))
                        .map(open -> new Feed(businessNumber, calendar.render(name(businessNumber, legalName), entries(open),
                                clock.instant()))));
    }

    private List<CalendarDeadline> entries(List<DeadlineRecord> open) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), reminders.zone());
        return open.stream().map(d -> new CalendarDeadline(d.deadlineId(), d.offerNumber(), d.applicationId(), d.inspectionId(),
                rules.title(DeadlineKind.valueOf(d.kind())), d.dueDate(), d.basis(), d.source(), d.warnings(),
                d.provisional(), reminders.leadDays(d.kind(), today))).toList();
    }

    private static String name(String businessNumber, Optional<String> legalName) {
        return "Work permit deadlines: " + legalName.orElse("employer " + businessNumber);
    }
}
