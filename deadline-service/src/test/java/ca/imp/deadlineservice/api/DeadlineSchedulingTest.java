package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.GcmsNotesReceived;
import ca.imp.contract.decision.GcmsNotesRequested;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;
import ca.imp.eventstore.store.EventStore;

/** deadline-service as a consumer of decisions over a real Kafka broker, and its REST API over a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class DeadlineSchedulingTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private final TopicClient kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());

    private final UpstreamEvents upstream = new UpstreamEvents();
    private final String employer = UpstreamEvents.aBusinessNumber();

    @Inject
    EventStore store;

    private static String anOfferNumber() {
        return UpstreamEvents.anOfferNumber();
    }

    /** The employer whose offers these tests decide. */
    private RequestSpecification asEmployer() {
        return given().auth().oauth2(TestCallers.employer(employer));
    }

    /** The employer's offer, refused: the offer may reach this service before or after its decision. */
    private void refuse(String offer, String communicated, ApplicantLocation location, UUID eventId) {
        upstream.offerSubmitted(offer, employer, "Maple Robotics Inc.");
        upstream.refused(offer, LocalDate.parse(communicated), location, eventId);
    }

    @Test
    void a_refusal_inside_canada_schedules_judicial_review_leave_15_days_on_counted_per_the_federal_court() throws Exception {
        String offer = anOfferNumber();

        refuse(offer, "2026-06-16", ApplicantLocation.INSIDE_CANADA, UUID.randomUUID());

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).get("/deadlines").then()
                .statusCode(200)
                .body("items.find { it.kind == 'JUDICIAL_REVIEW_LEAVE' }.dueOn", equalTo("2026-07-02"))
                .body("items.find { it.kind == 'JUDICIAL_REVIEW_LEAVE' }.startsOn", equalTo("2026-06-16"))
                .body("items.find { it.kind == 'JUDICIAL_REVIEW_LEAVE' }.status", equalTo("OPEN")));
    }

    @Test
    void a_refusal_outside_canada_schedules_it_60_days_on() throws Exception {
        String offer = anOfferNumber();

        refuse(offer, "2026-02-02", ApplicantLocation.OUTSIDE_CANADA, UUID.randomUUID());

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).get("/deadlines").then()
                .body("items.find { it.kind == 'JUDICIAL_REVIEW_LEAVE' }.dueOn", equalTo("2026-04-07")));
    }

    @Test
    void a_redelivered_decision_schedules_its_deadlines_once() throws Exception {
        String offer = anOfferNumber();
        UUID eventId = UUID.randomUUID();
        refuse(offer, "2026-06-16", ApplicantLocation.INSIDE_CANADA, eventId);
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).get("/deadlines").then()
                .body("items.kind", org.hamcrest.Matchers.hasItem("JUDICIAL_REVIEW_LEAVE")));
        int scheduled = asEmployer().queryParam("offerNumber", offer).get("/deadlines").then().extract().path("items.size()");

        refuse(offer, "2026-06-16", ApplicantLocation.INSIDE_CANADA, eventId);
        String marker = anOfferNumber();
        refuse(marker, "2026-06-16", ApplicantLocation.INSIDE_CANADA, UUID.randomUUID());
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", marker).get("/deadlines").then()
                .body("items.size()", equalTo(scheduled)));

        asEmployer().queryParam("offerNumber", offer).get("/deadlines").then().body("items", hasSize(scheduled));
    }

    @Test
    void a_decision_no_deadline_can_be_counted_from_is_dead_lettered() throws Exception {
        String offer = anOfferNumber();
        UUID eventId = UUID.randomUUID();
        String data = EventJson.mapper().writeValueAsString(new DecisionRendered(offer + "-1", offer, DecisionOutcome.REFUSED,
                LocalDate.parse("2026-06-16"), LocalDate.parse("2026-06-10"), ApplicantLocation.INSIDE_CANADA, List.of(), true));
        kafka.send(Topics.DECISIONS, offer, data,
                new EventEnvelope(eventId, "DecisionRendered", "/decision-service", offer, Instant.now(), 1, eventId, null));

        var dead = kafka.readUntil("deadline-service.dead-letters",
                records -> records.stream().anyMatch(r -> offer.equals(r.key())), WITHIN);
        String reason = TopicClient.header(dead.stream().filter(r -> offer.equals(r.key())).findFirst().orElseThrow(),
                "dead-letter-reason");
        assertTrue(reason.contains("communicated"), reason);

        String listed = "items.find { it.eventId == '" + eventId + "' }";
        int deadLetter = given().auth().oauth2(TestCallers.ops()).get("/ops/dead-letters?size=200").then().statusCode(200)
                .body(listed + ".consumer", equalTo("deadline-service/decisions"))
                .body(listed + ".reason", containsString("communicated"))
                .extract().path(listed + ".id");
        given().auth().oauth2(TestCallers.ops()).post("/ops/dead-letters/" + deadLetter + "/retry").then().statusCode(200)
                .body("applied", equalTo(false)).body("reason", containsString("communicated"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'consumer deadline-service/decisions' }.data.state", equalTo("degraded"));
    }

    @Test
    void deadlines_are_filtered_by_kind_status_and_due_range_and_a_met_deadline_stops_running() throws Exception {
        String offer = anOfferNumber();
        refuse(offer, "2026-06-16", ApplicantLocation.INSIDE_CANADA, UUID.randomUUID());
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).queryParam("kind", "JUDICIAL_REVIEW_LEAVE")
                .get("/deadlines").then().body("total", equalTo(1)));
        String leave = asEmployer().queryParam("offerNumber", offer).queryParam("kind", "JUDICIAL_REVIEW_LEAVE").get("/deadlines")
                .then().extract().path("items[0].deadlineId");
        asEmployer().queryParam("offerNumber", offer).queryParam("dueFrom", "2026-07-02").queryParam("dueTo", "2026-07-02")
                .get("/deadlines").then().body("items.kind", org.hamcrest.Matchers.contains("JUDICIAL_REVIEW_LEAVE"));
        asEmployer().get("/deadlines/" + leave).then().statusCode(200).body("dueOn", equalTo("2026-07-02")).body("status", equalTo("OPEN"));

        String mark = "{\"metOn\": \"2026-06-30\", \"note\": \"leave application filed\"}";
        String met = asEmployer().contentType("application/json").body(mark)
                .when().post("/deadlines/" + leave + "/met")
                .then().statusCode(200).body("status", equalTo("MET")).body("metOn", equalTo("2026-06-30"))
                .extract().asString();
        asEmployer().contentType("application/json").body(mark).when().post("/deadlines/" + leave + "/met")
                .then().statusCode(200).body(equalTo(met));
        asEmployer().contentType("application/json").when().post("/deadlines/" + leave + "/met")
                .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("deadline-already-met"))
                .body("metOn", equalTo("2026-06-30"));
        assertEquals(1, store.load(offer).await().atMost(Duration.ofSeconds(20)).stream()
                .filter(event -> event.type().equals("DeadlineMet")).count(), "marks in the store");
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).queryParam("status", "MET")
                .get("/deadlines").then().body("items.deadlineId", org.hamcrest.Matchers.contains(leave)));
    }

    @Test
    void an_atip_request_schedules_the_gcms_response_deadline_and_the_notes_arriving_meet_it() throws Exception {
        String offer = anOfferNumber();
        String requestId = UUID.randomUUID().toString();
        UUID requested = UUID.randomUUID();
        upstream.offerSubmitted(offer, employer, "Maple Robotics Inc.");
        kafka.send(Topics.DECISIONS, offer, EventJson.mapper().writeValueAsString(new GcmsNotesRequested(requestId, offer + "-1",
                        offer, "ACCESS_TO_INFORMATION", LocalDate.parse("2026-06-01"),
                "REPRESENTATIVE", true, true, new BigDecimal("5.00"), "CAD")),
                new EventEnvelope(requested, "GcmsNotesRequested", "/decision-service", offer, Instant.now(), 1, requested, null));

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).get("/deadlines").then()
                .body("items.find { it.kind == 'GCMS_RESPONSE' }.dueOn", equalTo("2026-07-02"))
                .body("items.find { it.kind == 'GCMS_RESPONSE' }.status", equalTo("OPEN")));

        UUID received = UUID.randomUUID();
        kafka.send(Topics.DECISIONS, offer, EventJson.mapper().writeValueAsString(new GcmsNotesReceived(requestId, offer + "-1",
                        offer, LocalDate.parse("2026-06-20"))),
                new EventEnvelope(received, "GcmsNotesReceived", "/decision-service", offer, Instant.now(), 1, received, null));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).get("/deadlines").then()
                .body("items.find { it.kind == 'GCMS_RESPONSE' }.status", equalTo("MET"))
                .body("items.find { it.kind == 'GCMS_RESPONSE' }.metOn", equalTo("2026-06-20")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            impossible date  | {"metOn": "2026-02-30"}                       | 400 | metOn | invalid-value
            met in future    | {"metOn": "2027-01-01"}                       | 400 | metOn | in-date-range
            malformed JSON   | {"metOn": "2026-06-20"                        | 400 |       | malformed-json
            """)
    void marking_a_deadline_met_with_impossible_facts_is_a_problem_naming_the_field(String why, String body, int status,
                                                                                   String field, String rule) throws Exception {
        String offer = anOfferNumber();
        refuse(offer, "2026-06-16", ApplicantLocation.INSIDE_CANADA, UUID.randomUUID());
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).get("/deadlines").then()
                .body("total", org.hamcrest.Matchers.greaterThan(0)));
        String deadline = asEmployer().queryParam("offerNumber", offer).get("/deadlines").then().extract().path("items[0].deadlineId");

        var response = asEmployer().contentType("application/json").body(body).when().post("/deadlines/" + deadline + "/met")
                .then().statusCode(status).contentType("application/problem+json").body("rule", equalTo(rule));
        if (field != null) {
            response.body("field", equalTo(field));
        }
    }

    @Test
    void an_unknown_deadline_is_not_found() {
        asEmployer().get("/deadlines/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json")
                .body("rule", equalTo("deadline-not-found"));
        asEmployer().contentType("application/json").post("/deadlines/" + UUID.randomUUID() + "/met").then().statusCode(404);
        asEmployer().get("/deadlines/" + UUID.randomUUID() + "/timers").then().statusCode(404).contentType("application/problem+json")
                .body("rule", equalTo("deadline-not-found"));
        asEmployer().get("/deadlines/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed offer number | offerNumber=nope                          | offerNumber | pattern
            unknown kind           | kind=DEADLINE_OF_DOOM                     | kind        | invalid-value
            unknown status         | status=LOST                               | status      | invalid-value
            impossible date        | dueFrom=2026-02-30                        | dueFrom     | invalid-date
            not a date             | dueTo=tomorrow                            | dueTo       | pattern
            reversed due range     | dueFrom=2026-08-01&dueTo=2026-07-01       | dueFrom     | due-range-reversed
            page size zero         | size=0                                    | size        | min
            """)
    void bad_deadline_queries_get_a_problem_naming_the_parameter(String why, String query, String field, String rule) {
        asEmployer().when().get("/deadlines?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo(field)).body("rule", equalTo(rule));
    }

    @Test
    void a_preview_shows_the_deadlines_a_decision_would_start_without_scheduling_them() {
        asEmployer().contentType("application/json")
                .body("{\"outcome\": \"REFUSED\", \"decidedOn\": \"2026-02-02\", \"applicantLocation\": \"OUTSIDE_CANADA\","
                        + " \"grounds\": [\"MISREPRESENTATION\"]}")
                .when().post("/deadlines/preview")
                .then().statusCode(200)
                .body("deadlines.find { it.kind == 'JUDICIAL_REVIEW_LEAVE' }.dueOn", equalTo("2026-04-07"))
                .body("deadlines.find { it.kind == 'MISREPRESENTATION_BAR_ENDS' }.dueOn", equalTo("2031-02-02"))
                .body("deadlines.find { it.kind == 'RESTORATION' }", nullValue());
    }

    @Test
    void a_preview_counts_judicial_review_where_the_matter_arose_and_warns_that_this_place_decides() {
        asEmployer().contentType("application/json")
                .body("{\"outcome\": \"REFUSED\", \"decidedOn\": \"2026-06-16\", \"applicantLocation\": \"INSIDE_CANADA\","
                        + " \"matterArose\": \"OUTSIDE_CANADA\", \"grounds\": [\"NOT_TEMPORARY\"]}")
                .when().post("/deadlines/preview")
                .then().statusCode(200)
                .body("deadlines.find { it.kind == 'JUDICIAL_REVIEW_LEAVE' }.dueOn", equalTo("2026-08-17"))
                .body("deadlines.find { it.kind == 'JUDICIAL_REVIEW_LEAVE' }.warnings",
                        hasItem(containsString("Where the matter arose decides the limit")))
                .body("deadlines.find { it.kind == 'RESTORATION' }.dueOn", equalTo("2026-09-14"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown outcome             | {"outcome": "MAYBE", "decidedOn": "2026-06-16", "applicantLocation": "INSIDE_CANADA"}   | 400 | outcome
            unknown ground              | {"outcome": "REFUSED", "decidedOn": "2026-06-16", "applicantLocation": "INSIDE_CANADA", "grounds": ["BAD_LUCK"]} | 400 | grounds[0]
            impossible date             | {"outcome": "REFUSED", "decidedOn": "2026-02-30", "applicantLocation": "INSIDE_CANADA"} | 400 | decidedOn
            missing location            | {"outcome": "REFUSED", "decidedOn": "2026-06-16"}                                       | 400 | applicantLocation
            communicated before decided | {"outcome": "REFUSED", "decidedOn": "2026-06-16", "communicatedOn": "2026-06-01", "applicantLocation": "INSIDE_CANADA"} | 422 | communicatedOn
            unknown place of the matter | {"outcome": "REFUSED", "decidedOn": "2026-06-16", "applicantLocation": "INSIDE_CANADA", "matterArose": "AT_SEA"} | 400 | matterArose
            impossible permit end       | {"outcome": "APPROVED", "decidedOn": "2026-06-16", "applicantLocation": "INSIDE_CANADA", "permitExpiresOn": "2028-02-30"} | 400 | permitExpiresOn
            """)
    void a_preview_of_impossible_facts_is_a_problem_naming_the_field(String why, String body, int status, String field) {
        asEmployer().contentType("application/json").body(body).when().post("/deadlines/preview")
                .then().statusCode(status).contentType("application/problem+json").body("field", equalTo(field));
    }

    @Test
    void an_approval_previewed_with_its_permits_last_day_shows_the_permits_expiry() {
        asEmployer().contentType("application/json")
                .body("{\"outcome\": \"APPROVED\", \"decidedOn\": \"2026-06-16\", \"applicantLocation\": \"INSIDE_CANADA\","
                        + " \"permitExpiresOn\": \"2028-06-15\"}")
                .when().post("/deadlines/preview")
                .then().statusCode(200)
                .body("deadlines.find { it.kind == 'WORK_PERMIT_EXPIRY' }.dueOn", equalTo("2028-06-15"))
                .body("deadlines.find { it.kind == 'WORK_PERMIT_EXPIRY' }.warnings", hasItem(containsString("maintained status")))
                .body("deadlines.find { it.kind == 'RECORD_RETENTION_ENDS' }.provisional", equalTo(true));
    }

    @Test
    void an_approval_previewed_without_its_permits_last_day_shows_no_expiry() {
        asEmployer().contentType("application/json")
                .body("{\"outcome\": \"APPROVED\", \"decidedOn\": \"2026-06-16\", \"applicantLocation\": \"INSIDE_CANADA\"}")
                .when().post("/deadlines/preview")
                .then().statusCode(200)
                .body("deadlines.kind", contains("RECORD_RETENTION_ENDS"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on the day of the decision | APPROVED | 2026-06-16 | in-span-range
            over 5 years after it      | APPROVED | 2031-06-17 | in-span-range
            with a refusal             | REFUSED  | 2028-06-15 | permit-validity-only-on-approval
            """)
    void a_previewed_permits_last_day_is_after_the_decision_within_5_years_and_only_on_an_approval(String why, String outcome,
                                                                                                   String permitExpiresOn,
                                                                                                   String rule) {
        asEmployer().contentType("application/json")
                .body("{\"outcome\": \"" + outcome + "\", \"decidedOn\": \"2026-06-16\", \"applicantLocation\":"
                        + " \"INSIDE_CANADA\", \"grounds\": " + ("REFUSED".equals(outcome) ? "[\"NOT_TEMPORARY\"]" : "[]")
                        + ", \"permitExpiresOn\": \"" + permitExpiresOn + "\"}")
                .when().post("/deadlines/preview")
                .then().statusCode(422).contentType("application/problem+json")
                .body("field", equalTo("permitExpiresOn")).body("rule", equalTo(rule));
    }

    @Test
    void operators_get_health_and_openapi() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
