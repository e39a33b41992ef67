package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.access.Caller;
import ca.imp.access.Role;
import ca.imp.eventstore.idempotency.IdempotencyKey;
import ca.imp.eventstore.idempotency.IdempotencyKeyMalformed;
import ca.imp.eventstore.idempotency.IdempotencyKeyReused;
import ca.imp.eventstore.idempotency.IdempotencyKeys;
import ca.imp.eventstore.idempotency.IdempotentCommands;
import ca.imp.eventstore.idempotency.IdempotentCommands.Done;
import ca.imp.eventstore.idempotency.IdempotentCommands.Outcome;
import ca.imp.eventstore.idempotency.IdempotentCommands.Replayed;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.PoolTransactions;
import ca.imp.eventstore.store.Transactions;

/** The semantics of an Idempotency-Key, the same for every POST of every service (docs/api-style.md). */
class IdempotentCommandsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final KernelDatabase db = new KernelDatabase();
    private static final Transactions transactions = new PoolTransactions(db.pool);
    private static final IdempotentCommands commands = new IdempotentCommands(new IdempotencyKeys(db.pool));

    @AfterAll
    static void close() {
        db.close();
    }

    private static IdempotencyKey key(String scope, String key, String operation, Object request) {
        return IdempotencyKey.of(scope, key, operation, request);
    }

    /** A creation under test: a row of its own in a table of the kernel, named by its new id, and whatever it is also to record. */
    private static Uni<String> createThing(AlsoRecord alsoRecord) {
        String id = "thing-" + UUID.randomUUID();
        return transactions.inTransaction(tx -> tx.preparedQuery("INSERT INTO checkpoints (name, position) VALUES ($1, 0)")
                .execute(Tuple.of(id)).chain(() -> alsoRecord.in(tx, id)).replaceWith(id));
    }

    private static Outcome<String> create(IdempotencyKey key) {
        return commands.create(key, id -> "/things/" + id, IdempotentCommandsTest::createThing).await().atMost(WAIT);
    }

    private static long things() {
        return db.pool.query("SELECT count(*) FROM checkpoints WHERE name LIKE 'thing-%'").execute().await().atMost(WAIT)
                .iterator().next().getLong(0);
    }

    @Test
    void a_retried_creation_answers_what_the_first_created_and_creates_nothing() {
        var first = create(key("employer:123456789", "k-1", "createThing", Map.of("name", "welder")));
        long created = things();

        var retry = create(key("employer:123456789", "k-1", "createThing", Map.of("name", "welder")));

        String id = assertInstanceOf(Done.class, first).result().toString();
        assertEquals(new Replayed<>(id, "/things/" + id), retry);
        assertEquals(created, things());
    }

    @Test
    void the_same_key_with_another_body_or_on_another_operation_is_refused() {
        create(key("employer:123456789", "k-2", "createThing", Map.of("name", "welder")));

        var anotherBody = assertThrows(DomainRejection.class,
                () -> create(key("employer:123456789", "k-2", "createThing", Map.of("name", "cook"))));
        var anotherOperation = assertThrows(DomainRejection.class,
                () -> commands.change(key("employer:123456789", "k-2", "changeThing", Map.of("name", "welder")),
                        () -> Uni.createFrom().item("changed")).await().atMost(WAIT));

        assertInstanceOf(IdempotencyKeyReused.class, anotherBody.error());
        assertEquals("Idempotency-Key", anotherBody.error().field());
        assertInstanceOf(IdempotencyKeyReused.class, anotherOperation.error());
    }

    @Test
    void a_body_is_the_same_whatever_order_its_members_were_sent_in() {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("offerNumber", "A1234567");
        sent.put("body", JsonNodeFactory.instance.objectNode().put("amount", "230.00").put("currency", "CAD"));
        var first = IdempotencyKey.of("s", "k", "op", sent);
        Map<String, Object> reversed = new LinkedHashMap<>();
        reversed.put("body", JsonNodeFactory.instance.objectNode().put("currency", "CAD").put("amount", "230.00"));
        reversed.put("offerNumber", "A1234567");
        var reordered = IdempotencyKey.of("s", "k", "op", reversed);

        assertEquals(first.fingerprint(), reordered.fingerprint());
    }

    @Test
    void another_scope_has_keys_of_its_own() {
        var mine = create(key("employer:123456789", "k-3", "createThing", Map.of("name", "welder")));
        var theirs = create(key("employer:987654321", "k-3", "createThing", Map.of("name", "welder")));

        assertInstanceOf(Done.class, mine);
        assertInstanceOf(Done.class, theirs);
    }

    @Test
    void requests_racing_with_one_key_create_once() {
        long before = things();
        var key = key("employer:123456789", "k-race", "createThing", Map.of("name", "welder"));

        List<Outcome<String>> outcomes = Uni.join().all(IntStream.range(0, 8)
                        .mapToObj(i -> commands.create(key, id -> "/things/" + id, IdempotentCommandsTest::createThing)).toList())
                .andFailFast().await().atMost(WAIT);

        assertEquals(before + 1, things());
        assertEquals(1, outcomes.stream().filter(Done.class::isInstance).count(), outcomes.toString());
        String id = outcomes.stream().filter(Done.class::isInstance).map(done -> ((Done<String>) done).result()).findFirst().orElseThrow();
        outcomes.stream().filter(Replayed.class::isInstance).forEach(replayed -> assertEquals(new Replayed<>(id, "/things/" + id), replayed));
    }

    @Test
    void a_retried_change_is_replayed_without_changing_again() {
        AtomicInteger changes = new AtomicInteger();
        var key = key("officer:o-1", "k-4", "changeThing", Map.of("thing", "t-1", "body", Map.of("to", "done")));

        var first = commands.change(key, () -> Uni.createFrom().item(changes.incrementAndGet())).await().atMost(WAIT);
        var retry = commands.change(key, () -> Uni.createFrom().item(changes.incrementAndGet())).await().atMost(WAIT);

        assertEquals(new Done<>(1), first);
        assertInstanceOf(Replayed.class, retry);
        assertEquals(1, changes.get());
    }

    @Test
    void a_change_that_fails_leaves_its_key_free_for_the_retry() {
        var key = key("officer:o-1", "k-5", "changeThing", Map.of("thing", "t-2"));

        assertThrows(IllegalStateException.class, () -> commands.change(key,
                () -> Uni.createFrom().<String>failure(new IllegalStateException("database away"))).await().atMost(WAIT));
        var retry = commands.change(key, () -> Uni.createFrom().item("changed")).await().atMost(WAIT);

        assertEquals(new Done<>("changed"), retry);
    }

    @Test
    void keys_are_the_employers_or_for_everyone_else_the_callers() {
        assertEquals("employer:123456789", IdempotentCommands.scopeOf(Caller.of("e-1", Role.EMPLOYER, "123456789"), null));
        assertEquals("employer:987654321",
                IdempotentCommands.scopeOf(Caller.of("r-1", Role.REPRESENTATIVE, "123456789", "987654321"), "987654321"));
        assertEquals(Caller.of("r-1", Role.REPRESENTATIVE, "123456789").actor(),
                IdempotentCommands.scopeOf(Caller.of("r-1", Role.REPRESENTATIVE, "123456789"), "555555555"));
        assertEquals(Caller.of("o-1", Role.OFFICER).actor(), IdempotentCommands.scopeOf(Caller.of("o-1", Role.OFFICER), null));
    }

    @Test
    void a_key_is_one_to_255_visible_ascii_characters() {
        assertEquals("6f1c2e0a-8a4b", IdempotentCommands.checked("6f1c2e0a-8a4b"));
        assertEquals("x".repeat(255), IdempotentCommands.checked("x".repeat(255)));
        for (String bad : List.of("", "x".repeat(256), "two words", "caf\u00e9", "tab\there")) {
            var refused = assertThrows(DomainRejection.class, () -> IdempotentCommands.checked(bad), bad);
            assertInstanceOf(IdempotencyKeyMalformed.class, refused.error());
        }
    }
}
