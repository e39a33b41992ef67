package ca.imp.deadlineservice.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.accesstesting.TestCallers;
import ca.imp.deadlineservice.ServiceClock;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.deadlineservice.timer.TimerFiring;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.NewEvent;
import ca.imp.eventstore.store.RecordedEvent;

/**
 * A timer whose firing fails for a reason of its own is parked after a few attempts, with the reason, and the firing
 * moves on to the timers due after it; an operator sees it and fires it again once the cause is fixed.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class ParkedTimersTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EventStore store;
    @Inject
    Pool pool;
    @Inject
    TimerFiring firing;
    @Inject
    ServiceClock clock;

    @Test
    void a_timer_that_keeps_failing_is_parked_the_next_due_fires_and_an_operator_fires_it_once_fixed() throws Exception {
        String employer = UpstreamEvents.aBusinessNumber();
        String offer = UpstreamEvents.anOfferNumber();
        UpstreamEvents upstream = new UpstreamEvents();
        upstream.offerSubmitted(offer, employer, "Stuck Timers Inc.");
        upstream.refusedOn16June(offer);
        await().atMost(WITHIN).until(() -> scheduledOf(offer) != null);
        Row real = scheduledOf(offer);

        // a deadline whose stream holds an event no one can read: deciding on it fails, whatever the attempt
        UUID broken = UUID.randomUUID();
        String brokenStream = UpstreamEvents.anOfferNumber();
        RecordedEvent unreadable = store.append(brokenStream, 0, List.of(new NewEvent("DeadlineScheduled", real.getInteger("schema_version"),
                "{\"deadlineId\": \"not-a-uuid\"}")), EventMetadata.byActor("test:poison")).await().atMost(WITHIN).get(0);
        Instant now = clock.instant();
        timer(broken, brokenStream, now.minus(Duration.ofHours(2)));
        // due after it: a timer of a deadline no stream records, which the deadline's rules refuse
        UUID next = UUID.randomUUID();
        timer(next, UpstreamEvents.anOfferNumber(), now.minus(Duration.ofHours(1)));

        // the rounds fire every due timer, other tests' too, in due order
        await().atMost(WITHIN).untilAsserted(() -> {
            firing.fireDue(100).await().atMost(WITHIN);
            assertEquals("PARKED", stateOf(broken));
            assertNotEquals("PENDING", stateOf(next), "the firing moved on past the parked timer");
        });
        asOps().get("/ops/parked-timers?size=200").then().statusCode(200)
                .body("items.find { it.deadlineId == '" + broken + "' }.attempts", equalTo(TimerFiring.ATTEMPTS))
                .body("items.find { it.deadlineId == '" + broken + "' }.timer", equalTo("ELAPSE"))
                .body("items.find { it.deadlineId == '" + broken + "' }.reason", not(containsString("Exception")));
        await().atMost(WITHIN).untilAsserted(() -> given().get("/q/metrics").then()
                .body(matchesPattern("(?s).*\\nimp_timers_parked [1-9].*")));

        asOps().post("/ops/parked-timers/" + broken + "/ELAPSE/retry").then().statusCode(200)
                .body("fired", equalTo(false)).body("state", equalTo("PARKED"));

        // the cause is fixed: the unreadable event now reads as the deadline it was meant to be
        ObjectNode fixed = (ObjectNode) JSON.readTree(real.getString("data"));
        fixed.put("deadlineId", broken.toString()).put("offerNumber", brokenStream);
        pool.preparedQuery("UPDATE events SET data = $2::text::jsonb WHERE event_id = $1")
                .execute(Tuple.of(unreadable.eventId(), JSON.writeValueAsString(fixed))).await().atMost(WITHIN);

        asOps().post("/ops/parked-timers/" + broken + "/ELAPSE/retry").then().statusCode(200)
                .body("fired", equalTo(true)).body("state", not(equalTo("PARKED")));
        assertNotEquals("PARKED", stateOf(broken));
        asOps().post("/ops/parked-timers/" + broken + "/ELAPSE/retry").then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("parked-timer-unknown"));
    }

    @Test
    void only_operators_see_or_retry_parked_timers() {
        given().auth().oauth2(TestCallers.officer()).get("/ops/parked-timers").then().statusCode(403);
        given().auth().oauth2(TestCallers.employer(UpstreamEvents.aBusinessNumber())).post("/ops/parked-timers/"
                + UUID.randomUUID() + "/ELAPSE/retry").then().statusCode(403);
        given().get("/ops/parked-timers").then().statusCode(401);
    }

    private static io.restassured.specification.RequestSpecification asOps() {
        return given().auth().oauth2(TestCallers.ops());
    }

    private void timer(UUID deadline, String stream, Instant fireAt) {
        pool.preparedQuery("INSERT INTO deadline_timers (deadline_id, timer, offer_number, kind, days_before, fire_at)"
                        + " VALUES ($1, 'ELAPSE', $2, 'ELAPSE', 0, $3)")
                .execute(Tuple.of(deadline, stream, fireAt.atOffset(ZoneOffset.UTC))).await().atMost(WITHIN);
    }

    private String stateOf(UUID deadline) {
        return pool.preparedQuery("SELECT state FROM deadline_timers WHERE deadline_id = $1").execute(Tuple.of(deadline))
                .await().atMost(WITHIN).iterator().next().getString("state");
    }

    private Row scheduledOf(String offer) {
        var rows = pool.preparedQuery("SELECT data::text AS data, schema_version FROM events WHERE stream_id = $1"
                + " AND event_type = 'DeadlineScheduled' LIMIT 1").execute(Tuple.of(offer)).await().atMost(WITHIN);
        return rows.iterator().hasNext() ? rows.iterator().next() : null;
    }
}
