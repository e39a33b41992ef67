package ca.imp.deadlineservice.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.deadlineservice.calendar.CalendarFeed;
import ca.imp.deadlineservice.calendar.ListCalendarFeeds;
import ca.imp.deadlineservice.calendar.OpenCalendarFeed;
import ca.imp.deadlineservice.calendar.RevokeCalendarFeed;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;

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
    private final IdempotentRequests idempotent;

    EmployerCalendarFeedResource(OpenCalendarFeed openCalendarFeed, ListCalendarFeeds listCalendarFeeds,
                                 RevokeCalendarFeed revokeCalendarFeed, CurrentCaller caller, IdempotentRequests idempotent) {
        this.openCalendarFeed = openCalendarFeed;
        this.listCalendarFeeds = listCalendarFeeds;
        this.revokeCalendarFeed = revokeCalendarFeed;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** A feed just opened, with the only copy of its secret address. */
    public record OpenedCalendarFeed(
            @Schema(description = "The feed's id, to revoke it.", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
            UUID feedId,
            @Schema(description = "The feed's secret address, shown only this once.", example = "http://localhost:8083/calendar-feeds/q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c/deadlines.ics")
            URI url,
            @Schema(description = "When it was opened.", example = "2026-06-16T15:00:00Z")
            Instant createdAt,
            @Schema(description = "Who opened it, as role:subject.", example = "employer:auth0-5f3a")
            String createdBy) {
    }

    /** A feed as listed: never its address, which only its creator was shown. */
    public record CalendarFeedView(
            @Schema(description = "The feed's id, to revoke it.", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
            UUID feedId,
            @Schema(description = "When it was opened.", example = "2026-06-16T15:00:00Z")
            Instant createdAt,
            @Schema(description = "Who opened it, as role:subject.", example = "employer:auth0-5f3a")
            String createdBy,
            @Schema(description = "When a calendar last fetched it.", example = "2026-06-17T08:00:00Z")
            Instant lastUsedAt) {
        static CalendarFeedView of(CalendarFeed feed) {
            return new CalendarFeedView(feed.feedId(), feed.createdAt(), feed.createdBy(), feed.lastUsedAt());
        }
    }

    @POST
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    @APIResponse(responseCode = "201", description = "The feed, with its secret address (also in Location), shown only this once:"
            + " a retry with the same Idempotency-Key answers the feed without its address and without Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenedCalendarFeed.class)),
            headers = @Header(name = "Location", description = "The address of what was created", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "openCalendarFeed", summary = "Open a secret calendar feed of the employer's open deadlines, for a calendar application to subscribe to",
            description = "Calendar applications cannot send a bearer token, so the address itself is the credential: keep it"
                    + " like a password. It is shown only in this response; the service keeps only a hash of its secret."
                    + " Revoke it (DELETE) if it leaks. Another employer is answered 404 employer-not-found.")
    public Uni<Response> open(@PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE)
                              String businessNumber, @Context UriInfo uri) {
        return idempotent.create("openCalendarFeed", businessNumber, businessNumber,
                alsoRecord -> openCalendarFeed.open(caller.get(), businessNumber, alsoRecord),
                opened -> {
                    URI url = uri.getBaseUriBuilder().path(CalendarFeedResource.class).build(opened.secret().value());
                    return Response.created(url).entity(new OpenedCalendarFeed(opened.feed().feedId(), url, opened.feed().createdAt(),
                            opened.feed().createdBy())).build();
                },
                // the address holds the secret, kept nowhere but in the first answer: a replay cannot give it again
                feedId -> null, feedId -> asItStands(businessNumber, UUID.fromString(feedId)));
    }

    /** A feed as it stands, without its secret address: what a retried opening with the same Idempotency-Key answers. */
    private Uni<OpenedCalendarFeed> asItStands(String businessNumber, UUID feedId) {
        return listCalendarFeeds.one(caller.get(), businessNumber, feedId)
                .map(feed -> new OpenedCalendarFeed(feed.feedId(), null, feed.createdAt(), feed.createdBy()));
    }

    @GET
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    @APIResponse(responseCode = "200", description = "A page of the employer's feeds, without their addresses.")
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "listCalendarFeeds", summary = "The employer's calendar feeds: who opened each, when, and when a calendar last fetched it",
            description = "Never their addresses. Another employer is answered 404 employer-not-found.")
    public Uni<Page<CalendarFeedView>> list(@PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER,
            message = BUSINESS_NUMBER_MESSAGE) String businessNumber, @Valid @BeanParam PageParameters paging) {
        return listCalendarFeeds.list(caller.get(), businessNumber, paging.page(), paging.size())
                .map(feeds -> feeds.map(CalendarFeedView::of));
    }

    @DELETE
    @Path("/{feedId}")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    @APIResponse(responseCode = "204", description = "The feed is revoked (or was already: revoking again changes nothing).")
    @APIResponse(responseCode = "404", description = "calendar-feed-not-found: the employer has no such feed; employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke a calendar feed: its address answers 404 from now on",
            description = "Revoking a feed again answers 204 as the first time. A feed the employer never had is answered"
                    + " 404 calendar-feed-not-found; another employer 404 employer-not-found.")
    public Uni<Response> revoke(@PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE)
                                String businessNumber, @PathParam("feedId") UUID feedId) {
        return revokeCalendarFeed.revoke(caller.get(), businessNumber, feedId).map(revoked -> Response.noContent().build());
    }
}
