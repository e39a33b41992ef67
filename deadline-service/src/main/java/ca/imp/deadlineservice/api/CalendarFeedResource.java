package ca.imp.deadlineservice.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.deadlineservice.calendar.ReadCalendarFeed;

/** The one endpoint without a token: calendar applications cannot send one, so the secret in the address is the credential. */
@Path("/calendar-feeds/{secret}/deadlines.ics")
@Tag(name = "Calendars")
public class CalendarFeedResource {
    static final String TEXT_CALENDAR = "text/calendar";

    private final ReadCalendarFeed readCalendarFeed;

    CalendarFeedResource(ReadCalendarFeed readCalendarFeed) {
        this.readCalendarFeed = readCalendarFeed;
    }

    @GET
    @PermitAll
    @Produces(TEXT_CALENDAR + ";charset=utf-8")
    @APIResponse(responseCode = "200", description = "The iCalendar feed.",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "An RFC 5545 calendar")))
    @APIResponse(responseCode = "404", description = "calendar-feed-not-found: no open feed has this address.")
    @Operation(operationId = "getCalendarFeed", summary = "An employer's open deadlines as an iCalendar (RFC 5545) feed, with reminders at the lead times",
            description = "Subscribe to this secret address, as returned when the feed was opened, in a calendar application."
                    + " Each open deadline is an all-day event on its due date with an alarm at each reminder lead time; a met"
                    + " or elapsed deadline leaves the feed. An employer with no deadlines yet gets a calendar without events. An"
                    + " unknown or revoked address is answered 404 calendar-feed-not-found.")
    public Uni<Response> calendar(@PathParam("secret") String secret) {
        return readCalendarFeed.read(secret).map(feed -> Response.ok(feed.ics())
                .header("Content-Disposition", "inline; filename=\"deadlines-" + feed.businessNumber() + ".ics\"")
                // the address is a credential: no shared cache may keep what it answered
                .header("Cache-Control", "private, no-store")
                .build());
    }
}
