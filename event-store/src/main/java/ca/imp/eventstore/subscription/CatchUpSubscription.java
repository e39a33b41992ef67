package ca.imp.eventstore.subscription;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.parking.Failure;
import ca.imp.eventstore.parking.ParkedEvent;
import ca.imp.eventstore.parking.ParkedEvents;
import ca.imp.eventstore.parking.RetryOutcome;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.LogPosition;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.store.Transaction;

/**
 * Follows a service's own event log from a named checkpoint, in global order, for a consequence
 * kept in the same database (a read model, a plan of timers). Each batch's effect and the
 * checkpoint's advance commit in one transaction, so every event takes effect exactly once and
 * none is skipped unseen; deleting the checkpoint row replays the log. The checkpoint is a {@link LogPosition}, the
 * log read in its read order ({@link EventStore#readAfter}). A round claims the checkpoint with a transaction-level
 * advisory lock, tried without waiting, so of several instances one follows at a time; unlike a row lock it gives the
 * round no transaction id until the round writes, so a slow effect (the relay waiting on Kafka) does not hold back
 * what every other reader of the log may read.
 *
 * <p>No event stalls it: when a batch fails for a reason of its own (not the database or Kafka
 * being away), its events are applied one at a time, each with the checkpoint's advance; an
 * event that still fails after {@value #ATTEMPTS} attempts is parked, with the reason, in the
 * transaction that moves the checkpoint past it, and the subscription carries on. An operator
 * retries it once the cause is fixed ({@link #retry}).
 */
public final class CatchUpSubscription {

    /** The effect of a batch of events, written in the transaction that advances the checkpoint. */
    @FunctionalInterface
    public interface BatchHandler {
        Uni<Void> apply(Transaction tx, List<RecordedEvent> events);
    }

    /** The effect of one event, read as its contract record, with when and how it was recorded. */
    @FunctionalInterface
    public interface EventEffect<E> {
        Uni<Void> apply(Transaction tx, RecordedEvent recorded, E event);
    }

    /**
     * What else a subscription records in the transaction that advances its checkpoint, told where it now stands: a read
     * model marks a rebuild completed there once its checkpoint reaches the log's head of the rebuild's request.
     */
    @FunctionalInterface
    public interface Advanced {
        Advanced NOTHING = (tx, name, position) -> Uni.createFrom().voidItem();

        Uni<Void> at(SqlConnection tx, String name, LogPosition position);
    }

    /** How often one event's effect is tried, in one round, before it is parked. */
    public static final int ATTEMPTS = 3;
    /** How soon a round that left events after its checkpoint looks again, doubling up to the safety net's second. */
    private static final Duration LOOK_AGAIN_FIRST = Duration.ofMillis(10);
    private static final Duration LOOK_AGAIN_LAST = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(CatchUpSubscription.class);
    private static final String CHECKPOINT = "SELECT tx_id::text::bigint AS tx_id, position FROM checkpoints WHERE name = $1";

    private final EventStore store;
    private final String name;
    private final int batchSize;
    private final BatchHandler handler;
    private final Advanced advanced;
    private final WokenRounds rounds = new WokenRounds(this::catchUpOrRetryNextRound);
    private final AtomicLong lookAgainAfter = new AtomicLong(LOOK_AGAIN_FIRST.toMillis());

    public CatchUpSubscription(EventStore store, String name, int batchSize, BatchHandler handler) {
        this(store, name, batchSize, handler, Advanced.NOTHING);
    }

    public CatchUpSubscription(EventStore store, String name, int batchSize, BatchHandler handler, Advanced advanced) {
        this.store = store;
        this.name = name;
        this.batchSize = batchSize;
        this.handler = handler;
        this.advanced = advanced;
    }

    /** A subscription that reads each event as a record of the codec's family and applies its effect, in log order. */
    public static <E> CatchUpSubscription eachEvent(EventStore store, String name, int batchSize, EventCodec<E> codec,
                                                    EventEffect<E> effect) {
        return eachEvent(store, name, batchSize, codec, effect, Advanced.NOTHING);
    }

    /** As {@link #eachEvent(EventStore, String, int, EventCodec, EventEffect)}, recording {@code advanced} with each advance. */
    public static <E> CatchUpSubscription eachEvent(EventStore store, String name, int batchSize, EventCodec<E> codec,
                                                    EventEffect<E> effect, Advanced advanced) {
        return new CatchUpSubscription(store, name, batchSize, (tx, events) -> {
            Uni<Void> applied = Uni.createFrom().voidItem();
            for (RecordedEvent recorded : events) {
                E event = codec.decode(recorded);
                applied = applied.chain(() -> effect.apply(tx, recorded, event));
            }
            return applied;
        }, advanced);
    }

    /**
     * A woken round: catches up; a round that fails for a transient reason (the database away) is logged and left to the
     * next, which starts again from the same checkpoint. A round that ends with committed events after the checkpoint
     * looks again soon: they may be held back below the xmin by a transaction still in flight, perhaps in another database
     * of the server, whose end notifies no one here (or another instance holds the checkpoint, hence the backing off).
     */
    private Uni<Void> catchUpOrRetryNextRound() {
        return catchUp()
                .chain(() -> eventsBehind(1))
                .invoke(behind -> {
                    if (behind > 0) {
                        wakeSoon();
                    } else {
                        lookAgainAfter.set(LOOK_AGAIN_FIRST.toMillis());
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("%s: round failed, retrying from its checkpoint: %s", name, e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * How many committed events lie after the checkpoint in the log's read order, readable yet or not, counted up to
     * {@code countedUpTo}; one statement, one snapshot. A checkpoint not made yet is the log's start.
     */
    public Uni<Long> eventsBehind(int countedUpTo) {
        return store.pool().preparedQuery("SELECT count(*) AS behind FROM (SELECT 1 FROM events WHERE (tx_id, global_position) >"
                        + " (coalesce((SELECT tx_id FROM checkpoints WHERE name = $1), '0'),"
                        + " coalesce((SELECT position FROM checkpoints WHERE name = $1), 0)) LIMIT $2) after_checkpoint")
                .execute(Tuple.of(name, countedUpTo)).map(rows -> rows.iterator().next().getLong("behind"));
    }

    private void wakeSoon() {
        rounds.wakeAfter(Duration.ofMillis(lookAgainAfter.getAndUpdate(millis -> Math.min(millis * 2, LOOK_AGAIN_LAST.toMillis()))));
    }

    /**
     * Catches up now or, when a woken round is already under way, once more after it: woken rounds never
     * overlap in this process, and a burst of wake-ups costs at most one round after the one running.
     */
    public void wake() {
        rounds.wake();
    }

    /**
     * Applies the next batch; returns how many events it applied or parked (0 if none were new or
     * another instance holds the checkpoint). A transient failure fails the round, to be retried
     * from the same checkpoint.
     */
    public Uni<Integer> applyNextBatch() {
        return store.pool().withTransaction(tx -> claimCheckpoint(tx).chain(checkpoint -> {
                    if (checkpoint == null) {
                        return Uni.createFrom().item(0);
                    }
                    return store.readAfter(tx, checkpoint, batchSize).chain(events -> events.isEmpty()
                            ? Uni.createFrom().item(0)
                            : handler.apply(Transaction.of(tx), events)
                                    .chain(() -> advance(tx, events.get(events.size() - 1).logPosition()))
                                    .replaceWith(events.size()));
                }))
                .onFailure(failure -> !Failure.of(failure).isTransient())
                .recoverWithUni(failure -> applyOneByOne(0));
    }

    /** The name of its checkpoint, and of the subscription in health checks and parked events. */
    public String name() {
        return name;
    }

    /** Where in the log's read order the last event applied or parked is. */
    public Uni<LogPosition> checkpoint() {
        return store.pool().preparedQuery(CHECKPOINT).execute(Tuple.of(name))
                .map(rows -> rows.iterator().hasNext() ? logPosition(rows.iterator().next()) : LogPosition.START);
    }

    /**
     * Applies a parked event of this subscription again, out of log order, and releases it if it
     * now takes effect; otherwise it stays parked with the new reason.
     */
    public Uni<RetryOutcome> retry(ParkedEvent parked) {
        return store.pool().withTransaction(tx -> ParkedEvents.lock(tx, parked.id()).chain(locked -> locked.isEmpty()
                        ? Uni.createFrom().item(RetryOutcome.applied(parked.id()))
                        : store.readAt(tx, parked.position())
                                .chain(events -> Uni.createFrom().deferred(() -> handler.apply(Transaction.of(tx), events)))
                                .chain(() -> ParkedEvents.release(tx, parked.id()))
                                .replaceWith(RetryOutcome.applied(parked.id()))))
                .onFailure().recoverWithUni(failure -> {
                    Failure why = Failure.of(failure);
                    return ParkedEvents.failedAgain(store.pool(), parked.id(), why).replaceWith(RetryOutcome.failedAgain(parked.id(), why));
                });
    }

    /**
     * Applies events one by one, up to the first that fails for a reason of its own and is parked, or a batch: the
     * events after a parked one go in batches again, so that a replay of a long log past a few parked events keeps the
     * pace of batches.
     */
    private Uni<Integer> applyOneByOne(int applied) {
        if (applied == batchSize) {
            return Uni.createFrom().item(applied);
        }
        return applyNextEvent(1).chain(step -> switch (step) {
            case NONE -> Uni.createFrom().item(applied);
            case PARKED -> Uni.createFrom().item(applied + 1);
            case APPLIED -> applyOneByOne(applied + 1);
        });
    }

    /** What applying the next event alone did. */
    private enum Step { NONE, APPLIED, PARKED }

    private Uni<Step> applyNextEvent(int attempt) {
        return store.pool().withTransaction(tx -> nextEvent(tx).chain(next -> next.isEmpty()
                        ? Uni.createFrom().item(Step.NONE)
                        : Uni.createFrom().deferred(() -> handler.apply(Transaction.of(tx), List.of(next.get())))
                                .onFailure().transform(failure -> new EventFailed(next.get(), failure))
                                .chain(() -> advance(tx, next.get().logPosition()))
                                .replaceWith(Step.APPLIED)))
                .onFailure(failure -> failure instanceof EventFailed failed && !Failure.of(failed.getCause()).isTransient())
                .recoverWithUni(failure -> attempt < ATTEMPTS
                        ? applyNextEvent(attempt + 1)
                        : park(((EventFailed) failure).event, Failure.of(failure.getCause()), attempt))
                .onFailure(EventFailed.class).transform(Throwable::getCause);
    }

    /** Parks the event and moves past it, unless another instance has moved the checkpoint meanwhile. */
    private Uni<Step> park(RecordedEvent event, Failure failure, int attempts) {
        return store.pool().withTransaction(tx -> nextEvent(tx).chain(next -> {
            if (next.isEmpty() || next.get().position() != event.position()) {
                return Uni.createFrom().item(next.isEmpty() ? Step.NONE : Step.APPLIED);
            }
            LOG.errorf("%s: parked event %s (%s, position %d) after %d attempts and moved on; it has no effect here until"
                    + " an operator retries it (/ops/parked-events): %s", name, event.eventId(), event.type(), event.position(),
                    attempts, failure.reason());
            return ParkedEvents.park(tx, name, event, failure, attempts)
                    .chain(() -> advance(tx, event.logPosition()))
                    .replaceWith(Step.PARKED);
        }));
    }

    /** The event after the checkpoint, with the checkpoint claimed for the transaction; empty if none or another instance holds it. */
    private Uni<Optional<RecordedEvent>> nextEvent(SqlConnection tx) {
        return claimCheckpoint(tx).chain(checkpoint -> checkpoint == null
                ? Uni.createFrom().item(Optional.<RecordedEvent>empty())
                : store.readAfter(tx, checkpoint, 1).map(events -> events.stream().findFirst()));
    }

    /** Carries the event whose effect failed out of its rolled-back transaction. */
    private static final class EventFailed extends RuntimeException {
        private final transient RecordedEvent event;

        EventFailed(RecordedEvent event, Throwable cause) {
            super(cause.getMessage(), cause, false, false);
            this.event = event;
        }
    }

    /**
     * Applies batches until the subscription has caught up with the log (a batch cut short at a parked event is not the
     * log's end).
     */
    public Uni<Integer> catchUp() {
        return applyNextBatch().chain(applied -> applied == 0
                ? Uni.createFrom().item(applied)
                : catchUp().map(rest -> applied + rest));
    }

    /** The checkpoint, claimed for the transaction (created at the log's start if missing); null if another instance holds it. */
    private Uni<LogPosition> claimCheckpoint(SqlConnection tx) {
        return tx.preparedQuery("SELECT pg_try_advisory_xact_lock(hashtext('checkpoints'), hashtext($1)) AS claimed")
                .execute(Tuple.of(name))
                .chain(claim -> !claim.iterator().next().getBoolean("claimed")
                        ? Uni.createFrom().nullItem()
                        : tx.preparedQuery(CHECKPOINT).execute(Tuple.of(name)).chain(rows -> {
                            RowIterator<Row> row = rows.iterator();
                            return row.hasNext()
                                    ? Uni.createFrom().item(logPosition(row.next()))
                                    : tx.preparedQuery("INSERT INTO checkpoints (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING")
                                            .execute(Tuple.of(name)).replaceWith(LogPosition.START);
                        }));
    }

    private Uni<Void> advance(SqlConnection tx, LogPosition position) {
        return tx.preparedQuery("UPDATE checkpoints SET tx_id = $2::bigint::text::xid8, position = $3 WHERE name = $1")
                .execute(Tuple.of(name, position.transaction(), position.position()))
                .chain(() -> advanced.at(tx, name, position));
    }

    /**
     * Holds the checkpoint for the rest of the transaction, waiting for a round that holds it to end (so none is
     * mid-flight), moves it back to the log's start and forgets the events it parked: once committed, its rounds replay
     * the whole log, on whichever instance claims the checkpoint first. What the effect wrote is the caller's to undo in
     * the same transaction, with the checkpoint held.
     */
    public Uni<Void> rewind(SqlConnection tx) {
        return tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtext('checkpoints'), hashtext($1))").execute(Tuple.of(name))
                .chain(() -> tx.preparedQuery("INSERT INTO checkpoints (name, position) VALUES ($1, 0)"
                        + " ON CONFLICT (name) DO UPDATE SET tx_id = '0', position = 0").execute(Tuple.of(name)))
                .chain(() -> ParkedEvents.forget(tx, name));
    }

    private static LogPosition logPosition(Row row) {
        return new LogPosition(row.getLong("tx_id"), row.getLong("position"));
    }
}
