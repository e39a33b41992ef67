package ca.imp.eventstore.ops.api;

import java.net.URI;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.eventstore.ops.ListReadModels;
import ca.imp.eventstore.ops.RebuildReadModel;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.eventstore.readmodel.ReadModelState;

/**
 * The read models of a service, and their rebuild from the log. Served only by a service that has read models
 * ({@code event-store.read-models.enabled=true} at build): offer-service's summaries are written in each change's own
 * transaction and decision-service has none, so there would be nothing to list or rebuild.
 */
@Path("/ops")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "event-store.read-models.enabled", stringValue = "true")
public class ReadModelsResource {
    private final ListReadModels readModels;
    private final RebuildReadModel rebuildReadModel;
    private final CurrentCaller caller;
    private final IdempotentRequests idempotent;

    ReadModelsResource(ListReadModels readModels, RebuildReadModel rebuildReadModel, CurrentCaller caller,
                       IdempotentRequests idempotent) {
        this.readModels = readModels;
        this.rebuildReadModel = rebuildReadModel;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/read-models")
    @RolesAllowed(Role.OPS_NAME)
    @Operation(operationId = "listReadModels", summary = "The read models of this service, which an operator may rebuild from the log",
            description = "Each with the tables it owns, its status (CURRENT or REBUILDING), how many events of the log it"
                    + " has not applied yet, and its last rebuild with its speed in events per second.")
    public Uni<Page<ReadModelState>> listReadModels(@Valid @BeanParam PageParameters paging) {
        caller.get();
        return readModels.list(paging.page(), paging.size());
    }

    @GET
    @Path("/read-models/{name}")
    @RolesAllowed(Role.OPS_NAME)
    @APIResponse(responseCode = "200", description = "The read model.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadModelState.class)))
    @APIResponse(responseCode = "404", description = "This service has no read model of this name; the problem lists those it has.")
    @Operation(operationId = "readReadModel", summary = "A read model: its status, how far behind the log it is, its last rebuild")
    public Uni<ReadModelState> readModel(@PathParam("name") String name) {
        caller.get();
        return readModels.read(name);
    }

    @POST
    @Path("/read-models/{name}/rebuilds")
    @RolesAllowed(Role.OPS_NAME)
    @APIResponse(responseCode = "202", description = "The read model is emptied and its subscription replays the log;"
            + " Location is the read model, CURRENT again once the replay reached the log's head of this request.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadModelState.class)))
    @APIResponse(responseCode = "404", description = "This service has no read model of this name; the problem lists those it has.")
    @APIResponse(responseCode = "409", description = "A rebuild of this read model is still replaying the log.")
    @Operation(operationId = "rebuildReadModel", summary = "Rebuild a read model from the log, without firing any side effect again",
            description = "Empties its tables, forgets its parked events and moves its checkpoint to the log's start, in one"
                    + " transaction; the replay then runs in the background. Timers, the event relay, webhooks and mails keep"
                    + " their checkpoints, so nothing is sent or fired again.")
    public Uni<Response> rebuildReadModel(@PathParam("name") String name) {
        String actor = caller.get().actor();
        return idempotent.change("rebuildReadModel", null, name,
                () -> rebuildReadModel.rebuild(name, actor).chain(() -> accepted(name)), () -> accepted(name));
    }

    private Uni<Response> accepted(String name) {
        return readModels.read(name).map(state -> Response.accepted(state).location(URI.create("/ops/read-models/" + name)).build());
    }
}
