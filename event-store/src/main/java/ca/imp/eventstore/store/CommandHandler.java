package ca.imp.eventstore.store;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;

/**
 * Runs a decider against a stream: load, fold, decide, append with the version it was folded
 * at. A concurrent writer makes the append fail with {@link StreamVersionConflict} instead of
 * being overwritten.
 */
public final class CommandHandler<C, S, E> {
    private final EventStore store;
    private final Decider<C, S, E> decider;
    private final EventCodec<E> codec;
    private final StateView<? super S> view;

    public CommandHandler(EventStore store, Decider<C, S, E> decider, EventCodec<E> codec) {
        this(store, decider, codec, StateView.NONE);
    }

    /** @param view kept up to date with the state in the same transaction as every append */
    public CommandHandler(EventStore store, Decider<C, S, E> decider, EventCodec<E> codec, StateView<? super S> view) {
        this.store = store;
        this.decider = decider;
        this.codec = codec;
        this.view = view;
    }

    public Uni<StreamState<S>> load(SqlClient client, String streamId) {
        return store.load(client, streamId).map(this::fold);
    }

    public Uni<StreamState<S>> load(String streamId) {
        return load(store.pool(), streamId);
    }

    /** Handles the command inside the caller's transaction, e.g. together with an inbox entry. */
    public Uni<CommandOutcome<S, E>> handle(Transaction tx, String streamId, C command, EventMetadata metadata) {
        return load(tx.connection(), streamId).chain(current -> decideAndAppend(tx, streamId, current, command, metadata));
    }

    /**
     * Handles a command that starts a stream, inside the caller's transaction, without reading the stream first: it is
     * decided on the initial state and appended at version 0, so a stream that exists already fails it with
     * {@link StreamVersionConflict}, as a writer racing a read would. Where a new stream is the rule (an id drawn at
     * random), this saves the read's round trip.
     */
    public Uni<CommandOutcome<S, E>> start(Transaction tx, String streamId, C command, EventMetadata metadata) {
        return Uni.createFrom().deferred(() -> decideAndAppend(tx, streamId, new StreamState<>(decider.initialState(), 0), command,
                metadata));
    }

    private Uni<CommandOutcome<S, E>> decideAndAppend(Transaction tx, String streamId, StreamState<S> current, C command,
                                                      EventMetadata metadata) {
        Decision<E> decision = decider.decide(command, current.state());
        if (decision instanceof Decision.Rejected<E> rejected) {
            return Uni.createFrom().item(new CommandOutcome.Rejected<>(rejected.error()));
        }
        List<E> events = ((Decision.Accepted<E>) decision).events();
        S state = current.state();
        for (E event : events) {
            state = decider.evolve(state, event);
        }
        S after = state;
        return store.append(tx.connection(), streamId, current.version(), codec.encode(events), metadata)
                .call(recorded -> events.isEmpty() ? Uni.createFrom().voidItem() : view.write(tx, streamId, after))
                .map(recorded -> new CommandOutcome.Applied<>(after, current.version() + events.size(), events, recorded));
    }

    /** Handles the command in a transaction of its own. */
    public Uni<CommandOutcome<S, E>> handle(String streamId, C command, EventMetadata metadata) {
        return new PoolTransactions(store.pool()).inTransaction(tx -> handle(tx, streamId, command, metadata));
    }

    private StreamState<S> fold(List<RecordedEvent> recorded) {
        S state = decider.initialState();
        for (RecordedEvent event : recorded) {
            state = decider.evolve(state, codec.decode(event));
        }
        return new StreamState<>(state, recorded.size());
    }
}
