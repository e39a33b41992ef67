package ca.imp.deadlineservice.timer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.deadlineservice.ServiceClock;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.AllAtOnce;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;
import ca.imp.eventstore.relay.OutboxRelay;

/** Reminders and elapses as a partner sees them on the deadlines topic, with the service's clock moved by the test. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class DeadlineTimersTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final Instant DECIDED = Instant.parse("2026-06-16T15:00:00Z");
    private final TopicClient kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());
    private final UpstreamEvents upstream = new UpstreamEvents();
    private final String employer = UpstreamEvents.aBusinessNumber();

    @Inject
    ServiceClock clock;
    @Inject
    TimerFiring firing;
    @Inject
    Pool pool;
    @Inject
    Scheduler scheduler;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** The employer's offer, refused on 2026-06-16 inside Canada: judicial review leave is due 2026-07-02. */
    private String refusedOn16June() {
        String offer = UpstreamEvents.anOfferNumber();
        upstream.offerSubmitted(offer, employer, "Maple Robotics Inc.");
        upstream.refusedOn16June(offer);
        return offer;
    }

    /** The employer whose offers these tests decide. */
    private RequestSpecification asEmployer() {
        return given().auth().oauth2(TestCallers.employer(employer));
    }

    private String judicialReviewOf(String offer) {
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).queryParam("kind", "JUDICIAL_REVIEW_LEAVE")
                .get("/deadlines").then().body("total", equalTo(1)));
        String deadline = asEmployer().queryParam("offerNumber", offer).queryParam("kind", "JUDICIAL_REVIEW_LEAVE").get("/deadlines")
                .then().extract().path("items[0].deadlineId");
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline + "/timers").then()
                .body("items.size()", equalTo(4)));
        return deadline;
    }

    @Test
    void reminders_fire_7_3_and_1_days_before_at_9_in_toronto_and_the_deadline_elapses_once_its_due_date_has_passed()
            throws Exception {
        clock.moveTo(DECIDED);
        String offer = refusedOn16June();
        String deadline = judicialReviewOf(offer);
        asEmployer().get("/deadlines/" + deadline + "/timers").then().statusCode(200)
                .body("items.timer", equalTo(List.of("REMINDER_7D", "REMINDER_3D", "REMINDER_1D", "ELAPSE")))
                .body("items.firesAt", equalTo(List.of("2026-06-25T13:00:00Z", "2026-06-29T13:00:00Z", "2026-07-01T13:00:00Z",
                        "2026-07-03T04:00:00Z")))
                .body("items.state", everyItem(equalTo("PENDING")));

        clock.moveTo(Instant.parse("2026-06-25T13:00:05Z"));
        List<JsonNode> week = timerEvents(offer, deadline, 1);
        assertEquals(7, week.get(0).get("daysBefore").asInt());
        assertEquals("2026-07-02", week.get(0).get("dueDate").asText());

        clock.moveTo(Instant.parse("2026-07-03T04:00:05Z"));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline).then().body("status", equalTo("ELAPSED")));
        List<JsonNode> all = timerEvents(offer, deadline, 4);
        assertEquals(List.of("7", "3", "1", "elapsed"), all.stream()
                .map(event -> event.has("daysBefore") ? event.get("daysBefore").asText() : "elapsed").toList(),
                "each timer once, in order");
        asEmployer().get("/deadlines/" + deadline + "/timers").then().body("items.state", everyItem(equalTo("FIRED")));
        assertEquals(4, storedTimerEvents(deadline));
        assertEquals(Set.of("system:deadline-service"), actorsOf(deadline, "DeadlineScheduled", "DeadlineReminderDue", "DeadlineElapsed"),
                "what the service records on its own, from a decision or a timer, names the service");
    }

    @Test
    void a_met_deadline_is_neither_reminded_of_nor_elapsed() throws Exception {
        clock.moveTo(DECIDED);
        String offer = refusedOn16June();
        String deadline = judicialReviewOf(offer);

        asEmployer().contentType("application/json").body("{\"note\": \"leave application filed\"}")
                .post("/deadlines/" + deadline + "/met").then().statusCode(200);
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline + "/timers").then()
                .body("items.state", everyItem(equalTo("CANCELLED"))));
        clock.moveTo(Instant.parse("2026-07-03T04:00:05Z"));
        firing.fireDue(10_000).await().atMost(WITHIN);

        assertEquals(0, storedTimerEvents(deadline), "no reminder or elapse recorded");
        asEmployer().get("/deadlines/" + deadline).then().body("status", equalTo("MET"));
        assertEquals(Set.of("employer:employer-of-" + employer), actorsOf(deadline, "DeadlineMet"),
                "marking it met names the caller from its token");
    }

    @Test
    void instances_firing_side_by_side_fire_each_timer_once() throws Exception {
        clock.moveTo(DECIDED);
        List<String> deadlines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            deadlines.add(judicialReviewOf(refusedOn16June()));
        }

        // The service's own rounds stand aside, so that the four below are the ones that find the due timers.
        String ownRounds = ownFiringRounds();
        scheduler.pause(ownRounds);
        List<Integer> fired;
        try {
            clock.moveTo(Instant.parse("2026-07-03T04:00:05Z"));
            // four rounds released together, each on its own thread and connection
            fired = AllAtOnce.call(Collections.<Callable<Integer>>nCopies(4, () -> firing.fireDue(10_000).await().atMost(WITHIN)));
        } finally {
            scheduler.resume(ownRounds);
        }

        // at least: timers that earlier tests on this database left due fire too
        assertTrue(fired.stream().mapToInt(Integer::intValue).sum() >= 12 * 4, "the rounds fired every due timer between them: " + fired);
        assertTrue(fired.stream().filter(n -> n > 0).count() >= 2, "the rounds overlapped: " + fired);
        for (String deadline : deadlines) {
            await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline + "/timers").then()
                    .body("items.state", everyItem(equalTo("FIRED"))));
            assertEquals(4, storedTimerEvents(deadline), "3 reminders and 1 elapse, each recorded once");
        }
    }

    @Test
    void a_deadline_already_due_when_planned_fires_without_waiting_for_a_round() {
        // The service's own rounds stand aside, so only the planning's wake-up can fire it.
        String ownRounds = ownFiringRounds();
        scheduler.pause(ownRounds);
        try {
            // decided on 16 June, recorded after its leave was due on 2 July: no reminder is left, the elapse is due
            clock.moveTo(Instant.parse("2026-07-10T15:00:00Z"));
            String offer = refusedOn16June();
            await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer)
                    .queryParam("kind", "JUDICIAL_REVIEW_LEAVE").get("/deadlines").then().body("total", equalTo(1)));
            String deadline = asEmployer().queryParam("offerNumber", offer).queryParam("kind", "JUDICIAL_REVIEW_LEAVE")
                    .get("/deadlines").then().extract().path("items[0].deadlineId");

            await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline + "/timers").then()
                    .body("items.timer", equalTo(List.of("ELAPSE"))).body("items.state", equalTo(List.of("FIRED"))));
            asEmployer().get("/deadlines/" + deadline).then().body("status", equalTo("ELAPSED"));
            assertEquals(1, storedTimerEvents(deadline), "the elapse, recorded once");
        } finally {
            scheduler.resume(ownRounds);
        }
    }

    private String ownFiringRounds() {
        return scheduler.getScheduledJobs().stream().filter(job -> job.getMethodDescription().endsWith("TimerFiring#fireDue"))
                .map(Trigger::getId).findFirst().orElseThrow();
    }

    /** The reminder and elapse events recorded for a deadline, in order: the store itself, not a view. */
    private int storedTimerEvents(String deadline) {
        return pool.preparedQuery("SELECT count(*) AS n FROM events WHERE event_type IN ('DeadlineReminderDue', 'DeadlineElapsed')"
                        + " AND data->>'deadlineId' = $1")
                .execute(Tuple.of(deadline)).map(rows -> rows.iterator().next().getInteger("n")).await().atMost(WITHIN);
    }

    /** Who the store records as having caused these events of a deadline. */
    private Set<String> actorsOf(String deadline, String... eventTypes) {
        return pool.preparedQuery("SELECT DISTINCT actor FROM events WHERE event_type = ANY($1) AND data->>'deadlineId' = $2")
                .execute(Tuple.of(eventTypes, deadline))
                .map(rows -> {
                    Set<String> actors = new HashSet<>();
                    rows.forEach(row -> actors.add(row.getString("actor")));
                    return actors;
                }).await().atMost(WITHIN);
    }

    /**
     * The reminder and elapse events of a deadline published on the topic, in order, once the store holds
     * {@code expected} of them and the relay has passed them: raw up to a marker, so a duplicate counts twice.
     */
    private List<JsonNode> timerEvents(String offer, String deadline, int expected) {
        await().atMost(WITHIN).until(() -> storedTimerEvents(deadline) == expected);
        await().atMost(WITHIN).until(() -> pool.preparedQuery("SELECT NOT EXISTS (SELECT 1 FROM events e, checkpoints c"
                        + " WHERE c.name = $1 AND (e.tx_id, e.global_position) > (c.tx_id, c.position))")
                .execute(Tuple.of(OutboxRelay.CHECKPOINT)).await().atMost(WITHIN).iterator().next().getBoolean(0));
        List<ConsumerRecord<String, String>> read = kafka.readToMarker(Topics.DEADLINES, offer, WITHIN).stream()
                .filter(r -> r.value().contains(deadline))
                .filter(r -> List.of("DeadlineReminderDue", "DeadlineElapsed").contains(TopicClient.eventType(r)))
                .toList();
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : read) {
            try {
                events.add(EventJson.mapper().readTree(record.value()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        assertEquals(expected, events.size(), "timer events on the topic: " + events);
        return events;
    }
}
