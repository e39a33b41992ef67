package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.Transaction;

/** What a unit of work wakes once it has committed sees what it wrote; a unit of work rolled back wakes nothing. */
class AfterCommitTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final KernelDatabase db = new KernelDatabase();

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void an_action_after_commit_runs_once_the_writes_are_visible_to_everyone() throws Exception {
        CompletableFuture<Long> seen = new CompletableFuture<>();
        db.pool.withTransaction(connection -> {
            Transaction tx = Transaction.of(connection);
            tx.afterCommit(() -> positionOf("committed").subscribe().with(seen::complete, seen::completeExceptionally));
            return tx.preparedQuery("INSERT INTO checkpoints (name, position) VALUES ($1, 7)").execute(Tuple.of("committed"));
        }).await().atMost(WAIT);

        assertEquals(7L, seen.get(30, TimeUnit.SECONDS), "read on another connection");
    }

    @Test
    void an_action_after_commit_never_runs_when_the_unit_of_work_rolls_back() throws Exception {
        CompletableFuture<Void> ran = new CompletableFuture<>();
        assertThrows(IllegalStateException.class, () -> db.pool.withTransaction(connection -> {
            Transaction tx = Transaction.of(connection);
            tx.afterCommit(() -> ran.complete(null));
            return tx.preparedQuery("INSERT INTO checkpoints (name, position) VALUES ($1, 7)").execute(Tuple.of("rolled-back"))
                    .chain(() -> Uni.createFrom().failure(new IllegalStateException("the use case failed")));
        }).await().atMost(WAIT));

        Thread.sleep(500);
        assertFalse(ran.isDone(), "woken although nothing was committed");
        assertEquals(-1L, positionOf("rolled-back").await().atMost(WAIT));
    }

    private static Uni<Long> positionOf(String name) {
        return db.pool.preparedQuery("SELECT position FROM checkpoints WHERE name = $1").execute(Tuple.of(name))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getLong("position") : -1L);
    }
}
