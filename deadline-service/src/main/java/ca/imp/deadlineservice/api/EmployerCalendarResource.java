package ca.imp.deadlineservice.api;

import java.time.Clock;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadlineservice.calendar.CalendarDeadline;
import ca.imp.deadlineservice.calendar.DeadlineCalendar;
import ca.imp.deadlineservice.employer.OfferEmployer;
import ca.imp.deadlineservice.timer.ReminderPolicy;
import ca.imp.deadlineservice.view.DeadlineRecord;

@Path("/employers/{businessNumber}/deadlines.ics")
@Tag(name = "Calendars", description = "An employer's open deadlines for calendar applications")
public class EmployerCalendarResource {
    static final String TEXT_CALENDAR = "text/calendar";
    static final String BUSINESS_NUMBER = "^\\d{9}$";
    static final String BUSINESS_NUMBER_MESSAGE = "must be the 9-digit CRA business number";

    private final DeadlineCalendar calendar;
    private final DeadlineRules rules;
    private final Clock clock;

    EmployerCalendarResource(ReminderPolicy reminders, DeadlineRules rules, Clock clock) {
        this.calendar = new DeadlineCalendar(reminders.leadDays(), reminders.timeOfDay());
        this.rules = rules;
        this.clock = clock;
    }

    @GET
    @WithSession
    @Produces(TEXT_CALENDAR + ";charset=utf-8")
    @Operation(summary = "The employer's open deadlines as an iCalendar (RFC 5545) feed, with reminders at the lead times",
            description = "Subscribe to this address in a calendar application. Each open deadline is an all-day event on its"
                    + " due date with an alarm at each reminder lead time; a met or elapsed deadline leaves the feed. An employer"
                    + " with no deadlines yet gets an empty calendar.")
    public Uni<Response> calendar(@PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE)
                                  String businessNumber) {
        return OfferEmployer.<OfferEmployer>find("businessNumber", businessNumber).firstResult()
                .chain(employer -> DeadlineRecord.<DeadlineRecord>find("status = 'OPEN' and offerNumber in"
                                        + " (select e.offerNumber from OfferEmployer e where e.businessNumber = ?1)",
                                Sort.by("dueDate").and("kind"), businessNumber)
                        .list()
                        .map(open -> calendar.render(name(businessNumber, employer), entries(open), clock.instant())))
                .map(ics -> Response.ok(ics)
                        .header("Content-Disposition", "inline; filename=\"deadlines-" + businessNumber + ".ics\"")
                        .build());
    }

    private List<CalendarDeadline> entries(List<DeadlineRecord> open) {
        return open.stream().map(d -> new CalendarDeadline(d.deadlineId, d.offerNumber, d.applicationId,
                rules.title(DeadlineKind.valueOf(d.kind)), d.dueDate, d.basis, d.source, d.warningList())).toList();
    }

    private static String name(String businessNumber, OfferEmployer employer) {
        return "Work permit deadlines: " + (employer == null ? "employer " + businessNumber : employer.legalName);
    }
}
