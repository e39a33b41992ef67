package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.contract.inspection.PenaltyPaid;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;
import ca.imp.contract.inspection.PreliminaryFindingSent;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;

/**
 * An inspection of an employer, as offer-service publishes its steps on imp.offers keyed by the inspection's id, runs
 * three deadlines here (the documents, the response to the preliminary finding, the payment of the penalty), counted
 * by the deadline rules, shown to the inspected employer and its representatives only, and met by the response and the
 * payment exactly once however often the steps are delivered.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class InspectionDeadlinesTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final DeadlineRules RULES = DeadlineRules.load();
    private final UpstreamEvents upstream = new UpstreamEvents();
    private final String employer = UpstreamEvents.aBusinessNumber();
    private final String inspection = UUID.randomUUID().toString();

    @Inject
    Pool pool;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private RequestSpecification asEmployer() {
        return as(TestCallers.employer(employer));
    }

    /** Sends each step once, with its own event id, and answers the ids so the same events can be delivered again. */
    private Map<InspectionEvent, UUID> publish(InspectionEvent... steps) {
        Map<InspectionEvent, UUID> sent = new HashMap<>();
        for (InspectionEvent step : steps) {
            UUID id = UUID.randomUUID();
            upstream.inspection(step, id);
            sent.put(step, id);
        }
        return sent;
    }

    private String deadlineOf(DeadlineKind kind) {
        return asEmployer().queryParam("inspectionId", inspection).queryParam("kind", kind.name()).get("/deadlines")
                .then().statusCode(200).extract().path("items[0].deadlineId");
    }

    @Test
    void an_inspections_steps_schedule_its_three_deadlines_for_the_inspected_employer_and_meet_two_exactly_once() {
        var notice = new InspectionNoticed(inspection, employer, List.of(UpstreamEvents.anOfferNumber()),
                LocalDate.parse("2026-06-20"), LocalDate.parse("2026-08-14"));
        var finding = new PreliminaryFindingSent(inspection, employer, LocalDate.parse("2026-06-25"));
        var determination = new DeterminationRendered(inspection, employer, InspectionOutcome.AMP, new BigDecimal("2000.00"),
                "CAD", 1, null, LocalDate.parse("2026-06-30"));
        Map<InspectionEvent, UUID> started = publish(notice, finding, determination);

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("inspectionId", inspection).get("/deadlines").then()
                .statusCode(200).body("total", equalTo(3))
                .body("items.kind", containsInAnyOrder("INSPECTION_DOCUMENTS_DUE", "PRELIMINARY_FINDING_RESPONSE_DUE",
                        "AMP_PAYMENT_DUE"))
                .body("items.inspectionId", everyItem(equalTo(inspection)))
                .body("items.businessNumber", everyItem(equalTo(employer)))
                .body("items.offerNumber", everyItem(nullValue())));
        for (var expected : Map.of(DeadlineKind.INSPECTION_DOCUMENTS_DUE, notice.documentsDueDate(),
                DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE, finding.sentDate(),
                DeadlineKind.AMP_PAYMENT_DUE, determination.sentDate()).entrySet()) {
            var counted = RULES.compute(expected.getKey(), expected.getValue());
            asEmployer().get("/deadlines/" + deadlineOf(expected.getKey())).then().statusCode(200)
                    .body("dueOn", equalTo(counted.dueDate().toString()))
                    .body("basis", equalTo(counted.basis()));
        }
        asEmployer().get("/deadlines/" + deadlineOf(DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE)).then()
                .body("startsOn", equalTo("2026-07-05")).body("dueOn", equalTo("2026-08-04"));

        var answered = new PreliminaryFindingAnswered(inspection, employer, LocalDate.parse("2026-06-29"), "RESP-2026-017");
        var paid = new PenaltyPaid(inspection, employer, new BigDecimal("2000.00"), "CAD", LocalDate.parse("2026-07-01"));
        Map<InspectionEvent, UUID> closing = publish(answered, paid);
        // every step delivered again (the same events), then one the ranges refuse: once it is dead-lettered, the
        // redeliveries before it on the inspection's key have been consumed
        started.forEach(upstream::inspection);
        closing.forEach(upstream::inspection);
        publish(new PenaltyPaid(inspection, employer, new BigDecimal("2000.00"), "CAD", LocalDate.parse("2014-12-31")));

        String reason = deadLetterReason(inspection);
        assertTrue(reason.contains("paidDate must be between 2015-01-01 and today"), reason);
        asEmployer().queryParam("inspectionId", inspection).get("/deadlines").then().body("total", equalTo(3));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("inspectionId", inspection)
                .queryParam("status", "MET").get("/deadlines").then().body("total", equalTo(2))
                .body("items.metOn", containsInAnyOrder("2026-06-29", "2026-07-01")));
        assertEquals(Map.of("DeadlineScheduled", 3L, "DeadlineMet", 2L), scheduledAndMetOnTheInspectionsStream());
    }

    @Test
    void only_the_inspected_employer_and_its_representatives_see_an_inspections_deadlines() {
        String other = UpstreamEvents.aBusinessNumber();
        publish(new InspectionNoticed(inspection, employer, List.of(), LocalDate.parse("2026-06-20"), LocalDate.parse("2026-08-14")));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("inspectionId", inspection).get("/deadlines")
                .then().statusCode(200).body("total", equalTo(1)));
        String documents = deadlineOf(DeadlineKind.INSPECTION_DOCUMENTS_DUE);

        asEmployer().get("/deadlines").then().body("items.deadlineId", hasItem(documents));
        as(TestCallers.representative(other, employer)).queryParam("inspectionId", inspection).get("/deadlines").then()
                .body("total", equalTo(1));
        as(TestCallers.ops()).queryParam("employer", employer).get("/deadlines").then()
                .body("items.deadlineId", hasItem(documents));
        as(TestCallers.employer(other)).queryParam("inspectionId", inspection).get("/deadlines").then().statusCode(200)
                .body("total", equalTo(0));
        as(TestCallers.employer(other)).get("/deadlines").then().body("items.deadlineId", not(hasItem(documents)));
        as(TestCallers.employer(other)).get("/deadlines/" + documents).then().statusCode(404);
        as(TestCallers.employer(other)).contentType("application/json").body("{}").post("/deadlines/" + documents + "/met")
                .then().statusCode(404);
    }

    @Test
    void the_employer_marks_the_documents_met_and_its_timers_and_calendar_name_the_inspection() {
        publish(new InspectionNoticed(inspection, employer, List.of(), LocalDate.parse("2026-06-20"), LocalDate.parse("2026-08-14")));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("inspectionId", inspection).get("/deadlines")
                .then().statusCode(200).body("total", equalTo(1)));
        String documents = deadlineOf(DeadlineKind.INSPECTION_DOCUMENTS_DUE);
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + documents + "/timers").then()
                .statusCode(200).body("items.timer", containsInAnyOrder("REMINDER_7D", "REMINDER_3D", "REMINDER_1D", "ELAPSE")));

        String feed = URI.create(asEmployer().post("/employers/" + employer + "/calendar-feeds").then().statusCode(201)
                .extract().<String>path("url")).getPath();
        // long lines are folded (RFC 5545 3.1): read them unfolded
        String ics = given().get(feed).then().statusCode(200).extract().asString().replace("\r\n ", "");
        assertTrue(ics.contains("SUMMARY:Documents asked for by the notice of inspection due (inspection " + inspection + ")"), ics);
        assertTrue(ics.contains("\\nInspection: " + inspection) && !ics.contains("offer null"), ics);

        asEmployer().contentType("application/json").body("{\"metOn\": \"2026-06-30\", \"note\": \"Documents sent\"}")
                .post("/deadlines/" + documents + "/met").then().statusCode(200)
                .body("status", equalTo("MET")).body("metOn", equalTo("2026-06-30"))
                .body("inspectionId", equalTo(inspection)).body("offerNumber", nullValue());
        asEmployer().contentType("application/json").body("{\"metOn\": \"2026-06-30\", \"note\": \"Documents sent\"}")
                .post("/deadlines/" + documents + "/met").then().statusCode(200).body("status", equalTo("MET"));
    }

    @Test
    void a_malformed_inspection_filter_is_a_problem_naming_it() {
        as(TestCallers.ops()).queryParam("inspectionId", "INSP-1").get("/deadlines").then()
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("inspectionId")).body("rule", equalTo("pattern"));
    }

    private String deadLetterReason(String key) {
        var dead = new TopicClient(LocalStack.shared().kafka().bootstrapServers()).readUntil("deadline-service.dead-letters",
                records -> records.stream().anyMatch(r -> key.equals(r.key())), WITHIN);
        return TopicClient.header(dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow(), "dead-letter-reason");
    }

    private Map<String, Long> scheduledAndMetOnTheInspectionsStream() {
        Map<String, Long> counted = new HashMap<>();
        pool.preparedQuery("SELECT event_type, count(*) FROM events WHERE stream_id = $1 AND event_type IN"
                        + " ('DeadlineScheduled', 'DeadlineMet') GROUP BY event_type")
                .execute(Tuple.of(inspection)).await().atMost(WITHIN)
                .forEach(row -> counted.put(row.getString(0), row.getLong(1)));
        return counted;
    }
}
