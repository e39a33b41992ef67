package ca.imp.eventstore.ops.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.eventstore.ops.ListDeadLetters;

import ca.imp.eventstore.ops.ListParkedEvents;
import ca.imp.eventstore.ops.RetryDeadLetter;
import ca.imp.eventstore.ops.RetryParkedEvents;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.eventstore.parking.DeadLetter;
import ca.imp.eventstore.parking.ParkedEvent;
import ca.imp.eventstore.parking.RetryOutcome;

/** What operators see of events a service could not apply, and how they apply them again after a fix. Every service has it. */
@Path("/ops")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class OpsResource {
    private final ListParkedEvents listParked;
    private final RetryParkedEvents retryParked;
    private final ListDeadLetters listDeadLetters;
    private final RetryDeadLetter retryDeadLetter;
    private final CurrentCaller caller;
    private final IdempotentRequests idempotent;

    OpsResource(ListParkedEvents listParked, RetryParkedEvents retryParked, ListDeadLetters listDeadLetters,
                RetryDeadLetter retryDeadLetter, CurrentCaller caller, IdempotentRequests idempotent) {
        this.listParked = listParked;
        this.retryParked = retryParked;
        this.listDeadLetters = listDeadLetters;
        this.retryDeadLetter = retryDeadLetter;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/parked-events")
    @RolesAllowed(Role.OPS_NAME)
    @Operation(operationId = "listParkedEvents", summary = "Events of this service's own log that a subscription could not apply and stepped over",
            description = "In log order: which subscription (a read model, the timer plan, or the event relay, whose parked"
                    + " events are stored but not yet published), the event, why, how often it failed, when first and last.")
    public Uni<Page<ParkedEvent>> parkedEvents(
            @Valid @BeanParam PageParameters paging) {
        caller.get();
        return listParked.list(paging.page(), paging.size());
    }

    @POST
    @Path("/parked-events/{id}/retry")
    @RolesAllowed(Role.OPS_NAME)
    @APIResponse(responseCode = "200", description = "What the retry did.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetryOutcome.class)))
    @APIResponse(responseCode = "404", description = "No parked event has this id.")
    @Operation(operationId = "retryParkedEvent", summary = "Apply a parked event again, once its cause is fixed",
            description = "Released if it now takes effect; otherwise it stays parked with the new reason.")
    public Uni<RetryOutcome> retryParkedEvent(@PathParam("id") long id) {
        caller.get();
        // a retry changes only what is still parked, so a replay under the same Idempotency-Key runs it again
        return idempotent.change("retryParkedEvent", null, id, () -> retryParked.retry(id), () -> retryParked.retry(id));
    }

    @POST
    @Path("/parked-events/retry")
    @RolesAllowed(Role.OPS_NAME)
    @APIResponse(responseCode = "200", description = "What each retry did.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetriedParkedEvents.class)))
    @Operation(operationId = "retryParkedEvents", summary = "Apply every parked event again, in log order, once their cause is fixed")
    public Uni<RetriedParkedEvents> retryParkedEvents() {
        caller.get();
        return idempotent.change("retryParkedEvents", null, List.of(), () -> retryParked.retryAll().map(RetriedParkedEvents::new),
                () -> retryParked.retryAll().map(RetriedParkedEvents::new));
    }

    /** The results of one retry of every parked event, named rather than a bare list. */
    public record RetriedParkedEvents(
            @Schema(description = "What the retry of each parked event did, in log order.")
            List<RetryOutcome> outcomes) {
    }

    @GET
    @Path("/dead-letters")
    @RolesAllowed(Role.OPS_NAME)
    @Operation(operationId = "listDeadLetters", summary = "Records from other services that a consumer could not apply",
            description = "Oldest first: which consumer, where on which topic, the event, why, how often it failed."
                    + " The same records are on the service's dead-letter topic.")
    public Uni<Page<DeadLetter>> deadLetters(
            @Valid @BeanParam PageParameters paging) {
        caller.get();
        return listDeadLetters.list(paging.page(), paging.size());
    }

    @POST
    @Path("/dead-letters/{id}/retry")
    @RolesAllowed(Role.OPS_NAME)
    @APIResponse(responseCode = "200", description = "What the retry did.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetryOutcome.class)))
    @APIResponse(responseCode = "404", description = "No dead letter has this id.")
    @Operation(operationId = "retryDeadLetter", summary = "Apply a dead letter again through its consumer, once its cause is fixed",
            description = "The consumer's inbox keeps it exactly-once. Released if it now takes effect; otherwise kept"
                    + " with the new reason.")
    public Uni<RetryOutcome> retryDeadLetter(@PathParam("id") long id) {
        caller.get();
        return idempotent.change("retryDeadLetter", null, id, () -> retryDeadLetter.retry(id), () -> retryDeadLetter.retry(id));
    }
}
