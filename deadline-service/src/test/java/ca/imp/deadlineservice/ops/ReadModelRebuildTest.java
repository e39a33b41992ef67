package ca.imp.deadlineservice.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.Topics;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;
import ca.imp.eventstore.runtime.CatchUpSubscriptions;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.NewEvent;

/**
 * An operator rebuilds the deadline view from the log: the view comes back as it was, and nothing else moves. The
 * timer plan, the relay's publications and the log stay as they were, so no reminder, elapse or record goes out again.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class ReadModelRebuildTest {
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String VIEW = "/ops/read-models/deadline-view";
    /** Deadlines appended straight to the log, so that the replay has a log of some length to measure. */
    private static final int STREAMS = 100;
    private static final int DEADLINES_PER_STREAM = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EventStore store;
    @Inject
    Pool pool;
    @Inject
    CatchUpSubscriptions subscriptions;

    private final String employer = UpstreamEvents.aBusinessNumber();

    @Test
    void a_rebuilt_view_equals_the_view_before_and_no_timer_or_record_fires_again() throws Exception {
        deadlinesInTheLog();
        everySubscriptionCaughtUp();
        List<String> viewBefore = rows(OURS);
        List<String> timersBefore = rows("SELECT row_to_json(t)::text AS line FROM deadline_timers t ORDER BY deadline_id, timer");
        List<String> checkpointsBefore = otherCheckpoints();
        long eventsBefore = count("SELECT count(*) AS n FROM events");
        int publishedBefore = published();

        pool.query("UPDATE deadline_view SET status = 'MET'").execute().await().atMost(WITHIN);
        pool.query("DELETE FROM deadline_view WHERE deadline_id IN (SELECT deadline_id FROM deadline_view LIMIT 100)").execute()
                .await().atMost(WITHIN);

        long started = System.nanoTime();
        asOps().post(VIEW + "/rebuilds").then().statusCode(202)
                .header("Location", endsWith(VIEW))
                .body("name", equalTo("deadline-view")).body("tables", equalTo(List.of("deadline_view")))
                .body("lastRebuild.requestedBy", equalTo("ops:ops-1"));
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> asOps().get(VIEW).then().statusCode(200)
                .body("status", equalTo("CURRENT")));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        Response rebuilt = asOps().get(VIEW);
        rebuilt.then().body("lastRebuild.completedAt", notNullValue()).body("lastRebuild.eventsPerSecond", greaterThan(0f))
                .body("lastRebuild.events", equalTo((int) eventsBefore));
        long measuredMillis = Duration.between(Instant.parse(rebuilt.path("lastRebuild.requestedAt")),
                Instant.parse(rebuilt.path("lastRebuild.completedAt"))).toMillis();
        System.out.printf("REBUILD deadline-view %d events in %d ms (%.0f events/s); the operator saw CURRENT after %d ms%n",
                eventsBefore, measuredMillis, rebuilt.<Float>path("lastRebuild.eventsPerSecond"), tookMillis);

        assertEquals(viewBefore, rows(OURS),
                "the view replayed from the log is the view before it was damaged");
        assertEquals(timersBefore, rows("SELECT row_to_json(t)::text AS line FROM deadline_timers t ORDER BY deadline_id, timer"),
                "no timer planned, cancelled or fired again");
        assertEquals(checkpointsBefore, otherCheckpoints(), "the timer plan and the relay kept their checkpoints");
        assertEquals(eventsBefore, count("SELECT count(*) AS n FROM events"), "nothing appended to the log");
        assertEquals(publishedBefore, published(), "no record published again");
        asOps().get("/ops/read-models").then().statusCode(200)
                .body("items.name", hasItem("deadline-view")).body("items.find { it.name == 'deadline-view' }.status", equalTo("CURRENT"));
    }

    @Test
    void a_second_rebuild_while_one_replays_is_refused() {
        // a rebuild whose head the view cannot reach yet, as one that is still replaying a long log
        pool.query("INSERT INTO read_model_rebuilds (read_model, requested_by, head_tx_id, head_position, events)"
                + " VALUES ('deadline-view', 'ops:someone-else', '9223372036854775807', 0, 1)").execute().await().atMost(WITHIN);
        try {
            asOps().get(VIEW).then().statusCode(200).body("status", equalTo("REBUILDING"));
            asOps().post(VIEW + "/rebuilds").then().statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("read-model-rebuild-running"));
        } finally {
            pool.query("DELETE FROM read_model_rebuilds WHERE requested_by = 'ops:someone-else'").execute().await().atMost(WITHIN);
        }
    }

    @Test
    void only_operators_rebuild_or_see_read_models_and_an_unknown_one_is_named_with_those_there_are() {
        asOps().post("/ops/read-models/deadline-veiw/rebuilds").then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("read-model-unknown")).body("detail", containsString("deadline-view"));
        asOps().get("/ops/read-models/deadline-veiw").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCallers.employer(employer)).post(VIEW + "/rebuilds").then().statusCode(403);
        given().auth().oauth2(TestCallers.officer()).post(VIEW + "/rebuilds").then().statusCode(403);
        given().auth().oauth2(TestCallers.officer()).get("/ops/read-models").then().statusCode(403);
        given().post(VIEW + "/rebuilds").then().statusCode(401);
        given().get(VIEW).then().statusCode(401);
    }

    private static io.restassured.specification.RequestSpecification asOps() {
        return given().auth().oauth2(TestCallers.ops());
    }

    /** A real deadline through Kafka, then its DeadlineScheduled copied to many deadlines due far ahead (no timer falls due). */
    private void deadlinesInTheLog() throws Exception {
        String offer = UpstreamEvents.anOfferNumber();
        UpstreamEvents upstream = new UpstreamEvents();
        upstream.offerSubmitted(offer, employer, "Rebuild Works Ltd.");
        upstream.refusedOn16June(offer);
        await().atMost(WITHIN).until(() -> count("SELECT count(*) AS n FROM events WHERE stream_id = '" + offer + "'"
                + " AND event_type = 'DeadlineScheduled'") > 0);
        Row real = pool.preparedQuery("SELECT data::text AS data, schema_version FROM events WHERE stream_id = $1"
                + " AND event_type = 'DeadlineScheduled' LIMIT 1").execute(Tuple.of(offer)).await().atMost(WITHIN).iterator().next();
        for (int stream = 0; stream < STREAMS; stream++) {
            String number = UpstreamEvents.anOfferNumber();
            List<NewEvent> events = new ArrayList<>();
            for (int deadline = 0; deadline < DEADLINES_PER_STREAM; deadline++) {
                ObjectNode data = (ObjectNode) JSON.readTree(real.getString("data"));
                data.put("deadlineId", UUID.randomUUID().toString()).put("offerNumber", number).put("dueDate", "2031-01-0" + (1 + deadline % 9));
                events.add(new NewEvent("DeadlineScheduled", real.getInteger("schema_version"), JSON.writeValueAsString(data)));
            }
            store.append(number, 0, events, EventMetadata.byActor("test:rebuild")).await().atMost(WITHIN);
        }
    }

    /**
     * The view of the deadlines this test appended: other tests' fixtures include events parked and retried out of log
     * order, whose rows a replay in log order rightly makes differently.
     */
    private static final String OURS = "SELECT row_to_json(v)::text AS line FROM deadline_view v WHERE offer_number LIKE ANY (SELECT stream_id FROM events WHERE actor = 'test:rebuild') ORDER BY deadline_id";

    private void everySubscriptionCaughtUp() {
        await().atMost(WITHIN).until(() -> List.of("deadline-view", "deadline-timers", "kafka-relay").stream()
                .allMatch(name -> subscriptions.find(name).orElseThrow().eventsBehind(1).await().atMost(WITHIN) == 0));
    }

    private List<String> otherCheckpoints() {
        return rows("SELECT name || '@' || tx_id || '/' || position AS line FROM checkpoints WHERE name <> 'deadline-view' ORDER BY name");
    }

    private int published() {
        return new TopicClient(LocalStack.shared().kafka().bootstrapServers()).readToEnd(Topics.DEADLINES, Duration.ofSeconds(30)).size();
    }

    private List<String> rows(String sql) {
        List<String> lines = new ArrayList<>();
        pool.query(sql).execute().await().atMost(WITHIN).forEach(row -> lines.add(row.getString("line")));
        return lines;
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().atMost(WITHIN).iterator().next().getLong("n");
    }
}
