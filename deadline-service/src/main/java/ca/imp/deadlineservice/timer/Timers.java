package ca.imp.deadlineservice.timer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.Transaction;


/**
 * The durable timers, as rows in PostgreSQL. A timer is settled in the transaction that records
 * what it caused, so it cannot both fire and stay pending: an unsettled timer simply fires after a
 * restart. A row is claimed with {@code FOR UPDATE SKIP LOCKED}, so instances running side by side
 * never take the same one.
 */
@Singleton
public class Timers {
    /**
     * What became of a timer. SKIPPED: its deadline was met, or the event it would cause was already recorded. REJECTED:
     * the deadline's rules refused what it would cause. PARKED: firing it failed for a reason of its own
     * {@value TimerFiring#ATTEMPTS} times; it waits for an operator to fire it again.
     */
    public enum State { PENDING, FIRED, SKIPPED, CANCELLED, REJECTED, PARKED }

    private static final String COLUMNS = "deadline_id, timer, offer_number, kind, days_before, fire_at";

    private final Pool pool;

    Timers(Pool pool) {
        this.pool = pool;
    }

    /** Records timers to fire; a timer already planned is left as it is, so planning twice plans once. */
    public Uni<Void> plan(Transaction tx, List<Timer> planned) {
        if (planned.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("INSERT INTO deadline_timers (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6)"
                        + " ON CONFLICT DO NOTHING")
                .executeBatch(planned.stream().map(timer -> Tuple.of(timer.deadlineId(), timer.name(), timer.offerNumber(),
                        timer.kind().name(), timer.daysBefore(), utc(timer.fireAt()))).toList())
                .replaceWithVoid();
    }

    /**
     * The deadline moved: its pending timers are cancelled and these planned in their stead, a timer of the same name
     * (a reminder as many days before, the elapse) taking its new moment, fired or not: the deadline runs anew to its new
     * due date (the decider, which forgets the old date's timers on the move too, keeps each event once). Run once per
     * move, as the plan follows the log.
     */
    public Uni<Void> replan(Transaction tx, UUID deadlineId, List<Timer> planned, Instant at) {
        return cancel(tx, deadlineId, at).chain(() -> planned.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("INSERT INTO deadline_timers (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6)"
                                + " ON CONFLICT (deadline_id, timer) DO UPDATE SET fire_at = EXCLUDED.fire_at,"
                                + " state = 'PENDING', settled_at = NULL, attempts = 0, reason = NULL WHERE deadline_timers.state <> 'PENDING'")
                        .executeBatch(planned.stream().map(timer -> Tuple.of(timer.deadlineId(), timer.name(),
                                timer.offerNumber(), timer.kind().name(), timer.daysBefore(), utc(timer.fireAt()))).toList())
                        .replaceWithVoid());
    }

    /** The deadline no longer runs: its pending timers will not fire. */
    public Uni<Void> cancel(Transaction tx, UUID deadlineId, Instant at) {
        return tx.preparedQuery("UPDATE deadline_timers SET state = 'CANCELLED', settled_at = $2"
                        + " WHERE deadline_id = $1 AND state = 'PENDING'")
                .execute(Tuple.of(deadlineId, utc(at))).replaceWithVoid();
    }

    /** How many timers are due at {@code now} and not fired yet: more than a round fires at once means firing lags. */
    public Uni<Long> countDue(Instant now) {
        return pool.preparedQuery("SELECT count(*) AS due FROM deadline_timers WHERE state = 'PENDING' AND fire_at <= $1")
                .execute(Tuple.of(utc(now)))
                .map(rows -> rows.iterator().next().getLong("due"));
    }

    /** The earliest timer due at {@code now} that no other transaction holds, locked until this one ends. */
    public Uni<Optional<Timer>> claimNextDue(Transaction tx, Instant now) {
        return tx.preparedQuery("SELECT " + COLUMNS + " FROM deadline_timers WHERE state = 'PENDING' AND fire_at <= $1"
                        + " ORDER BY fire_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .execute(Tuple.of(utc(now)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toTimer(rows.iterator().next())));
    }

    public Uni<Void> settle(Transaction tx, Timer timer, State state, Instant at) {
        return tx.preparedQuery("UPDATE deadline_timers SET state = $3, settled_at = $4 WHERE deadline_id = $1 AND timer = $2")
                .execute(Tuple.of(timer.deadlineId(), timer.name(), state.name(), utc(at)))
                .replaceWithVoid();
    }

    /**
     * Counts a failed firing of a pending timer, in a transaction of its own (the firing's rolled back); the last of
     * {@code attempts} parks it, with the reason. Returns the timer's state after.
     */
    public Uni<State> failed(Timer timer, String reason, int attempts, Instant at) {
        return pool.preparedQuery("UPDATE deadline_timers SET attempts = attempts + 1, reason = $3,"
                        + " state = CASE WHEN attempts + 1 >= $4 THEN 'PARKED' ELSE state END,"
                        + " settled_at = CASE WHEN attempts + 1 >= $4 THEN $5 END"
                        + " WHERE deadline_id = $1 AND timer = $2 AND state = 'PENDING' RETURNING state")
                .execute(Tuple.of(timer.deadlineId(), timer.name(), reason, attempts, utc(at)))
                .map(rows -> rows.size() == 0 ? State.PENDING : State.valueOf(rows.iterator().next().getString("state")));
    }

    /** A parked timer fired again by an operator failed again: it stays parked with the new reason. */
    public Uni<Void> failedAgain(Timer timer, String reason) {
        return pool.preparedQuery("UPDATE deadline_timers SET attempts = attempts + 1, reason = $3"
                        + " WHERE deadline_id = $1 AND timer = $2 AND state = 'PARKED'")
                .execute(Tuple.of(timer.deadlineId(), timer.name(), reason)).replaceWithVoid();
    }

    /** The parked timer, locked until the transaction ends so that two retries of it never run at once. */
    public Uni<Optional<Timer>> lockParked(Transaction tx, UUID deadlineId, String name) {
        return tx.preparedQuery("SELECT " + COLUMNS + " FROM deadline_timers WHERE deadline_id = $1 AND timer = $2"
                        + " AND state = 'PARKED' FOR UPDATE")
                .execute(Tuple.of(deadlineId, name))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toTimer(rows.iterator().next())));
    }

    /** The parked timers, the longest parked first. */
    public Uni<List<ParkedTimer>> parked(int offset, int limit) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", reason, attempts, settled_at FROM deadline_timers WHERE state = 'PARKED'"
                        + " ORDER BY settled_at, deadline_id, timer OFFSET $1 LIMIT $2").execute(Tuple.of(offset, limit))
                .map(rows -> {
                    List<ParkedTimer> parked = new ArrayList<>();
                    rows.forEach(row -> parked.add(new ParkedTimer(toTimer(row), row.getString("reason"), row.getInteger("attempts"),
                            row.getOffsetDateTime("settled_at").toInstant())));
                    return parked;
                });
    }

    public Uni<Long> countParked() {
        return pool.query("SELECT count(*) AS parked FROM deadline_timers WHERE state = 'PARKED'").execute()
                .map(rows -> rows.iterator().next().getLong("parked"));
    }

    /** A parked timer: why firing it failed, how often, when it was parked. */
    public record ParkedTimer(Timer timer, String reason, int attempts, Instant parkedAt) {
    }

    /** The timers of a deadline and what became of each, earliest first. */
    public Uni<List<PlannedTimer>> of(UUID deadlineId) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", state, settled_at FROM deadline_timers WHERE deadline_id = $1"
                        + " ORDER BY fire_at").execute(Tuple.of(deadlineId))
                .map(rows -> {
                    List<PlannedTimer> timers = new ArrayList<>();
                    rows.forEach(row -> timers.add(new PlannedTimer(toTimer(row), State.valueOf(row.getString("state")),
                            Optional.ofNullable(row.getOffsetDateTime("settled_at")).map(OffsetDateTime::toInstant).orElse(null))));
                    return timers;
                });
    }

    /** A timer and what became of it; {@code settledAt} is empty while it is pending. */
    public record PlannedTimer(Timer timer, State state, Instant settledAt) {
    }

    private static Timer toTimer(Row row) {
        return new Timer(row.getUUID("deadline_id"), row.getString("offer_number"), Timer.Kind.valueOf(row.getString("kind")),
                row.getInteger("days_before"), row.getOffsetDateTime("fire_at").toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
