package ca.imp.eventstore.idempotency.api;

import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.eventstore.idempotency.IdempotencyKey;
import ca.imp.eventstore.idempotency.IdempotentCommands;
import ca.imp.eventstore.store.AlsoRecord;

/**
 * The one way a resource honours the {@code Idempotency-Key} header on a POST that creates or changes
 * something (docs/api-style.md, "Commands: retries and repeats"). A retry with the same key, operation
 * and request answers what the first one answered (the same status and Location, the resource as it
 * now stands) with {@code Idempotent-Replayed: true} and changes nothing; the key with anything else is
 * {@code 422 idempotency-key-reused}. Without the header the command simply runs.
 */
@Singleton
public class IdempotentRequests {
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentCommands commands;
    private final CurrentCaller caller;
    private final CurrentVertxRequest http;

    IdempotentRequests(IdempotentCommands commands, CurrentCaller caller, CurrentVertxRequest http) {
        this.commands = commands;
        this.caller = caller;
        this.http = http;
    }

    /**
     * A POST that creates.
     *
     * @param operation  the operation's id, e.g. {@code submitOffer}
     * @param employer   the business number the request names, or null: whose key it is (see {@link IdempotentCommands#scopeOf})
     * @param request    the path parameters and body, fingerprinted
     * @param create     the use case, recording the {@link AlsoRecord} it is given in its creating transaction
     * @param created    the answer to a request that created now: 201 with Location
     * @param locationOf the address of what was created, given its id; null where the address is a secret never stored
     * @param asItStands what was created, given its id, as the caller sees it now
     */
    public <T> Uni<Response> create(String operation, String employer, Object request, Function<AlsoRecord, Uni<T>> create,
                                    Function<T, Response> created, Function<String, String> locationOf,
                                    Function<String, Uni<?>> asItStands) {
        return commands.create(key(operation, employer, request), locationOf, create).chain(outcome -> {
            if (outcome instanceof IdempotentCommands.Done<T> done) {
                return Uni.createFrom().item(created.apply(done.result()));
            }
            var replayed = (IdempotentCommands.Replayed<T>) outcome;
            return asItStands.apply(replayed.resource()).map(resource -> {
                var answer = Response.status(Response.Status.CREATED).entity(resource).header(REPLAYED, "true");
                return (replayed.location() == null ? answer : answer.location(URI.create(replayed.location()))).build();
            });
        });
    }

    /**
     * A POST that changes: a replay answers the resource as it now stands, as the change did.
     *
     * @param operation  the operation's id, e.g. {@code payFee}
     * @param employer   the business number the request names, or null: whose key it is (see {@link IdempotentCommands#scopeOf})
     * @param request    the path parameters and body, fingerprinted
     * @param change     the use case
     * @param asItStands the changed resource as the caller sees it now
     */
    public <T> Uni<T> change(String operation, String employer, Object request, Supplier<Uni<T>> change,
                             Supplier<Uni<T>> asItStands) {
        return commands.change(key(operation, employer, request), change).chain(outcome -> {
            if (outcome instanceof IdempotentCommands.Done<T> done) {
                return Uni.createFrom().item(done.result());
            }
            return asItStands.get().invoke(() -> http.getCurrent().response().putHeader(REPLAYED, "true"));
        });
    }

    private IdempotencyKey key(String operation, String employer, Object request) {
        String sent = http.getCurrent().request().getHeader(IdempotentCommands.HEADER);
        if (sent == null) {
            return null;
        }
        return IdempotencyKey.of(IdempotentCommands.scopeOf(caller.get(), employer), IdempotentCommands.checked(sent), operation, request);
    }
}
