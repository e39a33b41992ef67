package ca.imp.deadlineservice.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.deadlineservice.calendar.CalendarFeed;
import ca.imp.deadlineservice.calendar.ListCalendarFeeds;
import ca.imp.deadlineservice.calendar.OpenCalendarFeed;
import ca.imp.deadlineservice.calendar.RevokeCalendarFeed;

@Path("/employers/{businessNumber}/calendar-feeds")
@Tag(name = "Calendars", description = "An employer's open deadlines for calendar applications, at secret, revocable addresses")
@Produces(MediaType.APPLICATION_JSON)
public class EmployerCalendarFeedResource {
    static final String BUSINESS_NUMBER = "^\\d{9}$";
    static final String BUSINESS_NUMBER_MESSAGE = "must be the 9-digit CRA business number";

    private final OpenCalendarFeed openCalendarFeed;
    private final ListCalendarFeeds listCalendarFeeds;
    private final RevokeCalendarFeed revokeCalendarFeed;
    private final CurrentCaller caller;

    EmployerCalendarFeedResource(OpenCalendarFeed openCalendarFeed, ListCalendarFeeds listCalendarFeeds,
                                 RevokeCalendarFeed revokeCalendarFeed, CurrentCaller caller) {
        this.openCalendarFeed = openCalendarFeed;
        this.listCalendarFeeds = listCalendarFeeds;
        this.revokeCalendarFeed = revokeCalendarFeed;
        this.caller = caller;
    }

    /** A feed just opened, with the only copy of its secret address. */
    public record OpenedCalendarFeed(UUID feedId, URI url, Instant createdAt, String createdBy) {
    }

    /** A feed as listed: never its address, which only its creator was shown. */
    public record CalendarFeedView(UUID feedId, Instant createdAt, String createdBy, Instant lastUsedAt) {
        static CalendarFeedView of(CalendarFeed feed) {
            return new CalendarFeedView(feed.feedId(), feed.createdAt(), feed.createdBy(), feed.lastUsedAt());
        }
    }

    @POST
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    @Operation(summary = "Open a secret calendar feed of the employer's open deadlines, for a calendar application to subscribe to",
            description = "Calendar applications cannot send a bearer token, so the address itself is the credential: keep it"
                    + " like a password. It is shown only in this response; the service keeps only a hash of its secret."
                    + " Revoke it (DELETE) if it leaks. Another employer is answered 404 employer-not-found.")
    public Uni<Response> open(@PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE)
                              String businessNumber, @Context UriInfo uri) {
        return openCalendarFeed.open(caller.get(), businessNumber).map(opened -> {
            URI url = uri.getBaseUriBuilder().path(CalendarFeedResource.class).build(opened.secret().value());
            return Response.created(url).entity(new OpenedCalendarFeed(opened.feed().feedId(), url, opened.feed().createdAt(),
                    opened.feed().createdBy())).build();
        });
    }

    @GET
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    @Operation(summary = "The employer's calendar feeds: who opened each, when, and when a calendar last fetched it",
            description = "Never their addresses. Another employer is answered 404 employer-not-found.")
    public Uni<List<CalendarFeedView>> list(@PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER,
            message = BUSINESS_NUMBER_MESSAGE) String businessNumber) {
        return listCalendarFeeds.list(caller.get(), businessNumber)
                .map(feeds -> feeds.stream().map(CalendarFeedView::of).toList());
    }

    @DELETE
    @Path("/{feedId}")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    @Operation(summary = "Revoke a calendar feed: its address answers 404 from now on",
            description = "A feed the employer does not have is answered 404 calendar-feed-not-found; another employer 404"
                    + " employer-not-found.")
    public Uni<Response> revoke(@PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE)
                                String businessNumber, @PathParam("feedId") UUID feedId) {
        return revokeCalendarFeed.revoke(caller.get(), businessNumber, feedId).map(revoked -> Response.noContent().build());
    }
}
