package ca.imp.deadlineservice.api;

import java.time.Instant;
import java.util.UUID;

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
import ca.imp.deadlineservice.timer.ListParkedTimers;
import ca.imp.deadlineservice.timer.ParkedTimerRetry;
import ca.imp.deadlineservice.timer.RetryParkedTimer;
import ca.imp.deadlineservice.timer.Timer;
import ca.imp.deadlineservice.timer.Timers;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;

/** The timers whose firing kept failing, for operators to fire again once the cause is fixed. */
@Path("/ops/parked-timers")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class ParkedTimersResource {
    private final ListParkedTimers listParked;
    private final RetryParkedTimer retryParked;
    private final CurrentCaller caller;
    private final IdempotentRequests idempotent;

    ParkedTimersResource(ListParkedTimers listParked, RetryParkedTimer retryParked, CurrentCaller caller, IdempotentRequests idempotent) {
        this.listParked = listParked;
        this.retryParked = retryParked;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @GET
    @RolesAllowed(Role.OPS_NAME)
    @Operation(operationId = "listParkedTimers", summary = "Timers whose firing failed for a reason of their own, again and again",
            description = "The longest parked first: the deadline and timer, when it was due, why firing it failed, how often."
                    + " The firing has moved on to the timers due after them.")
    public Uni<Page<ParkedTimerView>> parkedTimers(@Valid @BeanParam PageParameters paging) {
        caller.get();
        return listParked.list(paging.page(), paging.size()).map(page -> page.map(ParkedTimerView::of));
    }

    @POST
    @Path("/{deadlineId}/{timer}/retry")
    @RolesAllowed(Role.OPS_NAME)
    @APIResponse(responseCode = "200", description = "What the retry did.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParkedTimerRetryView.class)))
    @APIResponse(responseCode = "404", description = "parked-timer-unknown: no timer of this name of this deadline is parked.")
    @Operation(operationId = "retryParkedTimer", summary = "Fire a parked timer again, once its cause is fixed",
            description = "Fired and settled as any timer if it now succeeds; otherwise it stays parked with the new reason.")
    public Uni<ParkedTimerRetryView> retryParkedTimer(@PathParam("deadlineId") UUID deadlineId, @PathParam("timer") String timer) {
        caller.get();
        return idempotent.change("retryParkedTimer", null, deadlineId + "/" + timer,
                () -> retryParked.retry(deadlineId, timer).map(ParkedTimerRetryView::of),
                () -> retryParked.retry(deadlineId, timer).map(ParkedTimerRetryView::of));
    }

    public record ParkedTimerView(
            @Schema(description = "The deadline the timer belongs to.", example = "0b9f4c1e-7c1a-4a53-9a51-2f7b5d1e8c3a")
            UUID deadlineId,
            @Schema(description = "The timer's name within its deadline.", example = "ELAPSE")
            String timer,
            @Schema(description = "REMINDER or ELAPSE.", example = "ELAPSE")
            Timer.Kind kind,
            @Schema(description = "When it was due.", example = "2026-06-25T13:00:00Z")
            Instant firesAt,
            @Schema(description = "Why firing it failed, the last time.", example = "the deadline's events could not be read")
            String reason,
            @Schema(description = "How often firing it failed since it was planned, retries by operators included.", example = "3")
            int attempts,
            @Schema(description = "When it was parked.", example = "2026-06-25T13:00:01Z")
            Instant parkedAt) {

        static ParkedTimerView of(Timers.ParkedTimer parked) {
            Timer timer = parked.timer();
            return new ParkedTimerView(timer.deadlineId(), timer.name(), timer.kind(), timer.fireAt(), parked.reason(),
                    parked.attempts(), parked.parkedAt());
        }
    }

    public record ParkedTimerRetryView(
            @Schema(description = "The deadline the timer belongs to.", example = "0b9f4c1e-7c1a-4a53-9a51-2f7b5d1e8c3a")
            UUID deadlineId,
            @Schema(description = "The timer's name within its deadline.", example = "ELAPSE")
            String timer,
            @Schema(description = "True if it fired now (its state says what became of it); false if it failed again.", example = "true")
            boolean fired,
            @Schema(description = "What became of it: PARKED again, or FIRED, SKIPPED or REJECTED as any timer.", example = "FIRED")
            Timers.State state,
            @Schema(description = "Why it failed again; absent once fired.", example = "the deadline's events could not be read")
            String reason) {

        static ParkedTimerRetryView of(ParkedTimerRetry retry) {
            return new ParkedTimerRetryView(retry.deadlineId(), retry.timer(), retry.fired(), retry.state(), retry.reason());
        }
    }
}
