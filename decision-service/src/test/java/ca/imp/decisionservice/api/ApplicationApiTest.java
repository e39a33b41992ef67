package ca.imp.decisionservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.embedded.AllAtOnce;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.decisionservice.OffersTopic;
import ca.imp.embedded.TopicClient;
import ca.imp.eventstore.store.EventStore;

/** The application API as officers' and partners' systems use it, against a real PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class ApplicationApiTest {
    private static final String APPROVAL = """
            {"outcome": "APPROVED", "decidedOn": "2026-06-16", "permitExpiresOn": "2028-06-15"}""";
    private static final String REFUSAL = """
            {"outcome": "REFUSED", "decidedOn": "2026-06-16", "communicatedOn": "2026-06-17", "grounds": ["NOT_TEMPORARY"],
             "factors": ["TRAVEL_HISTORY", "PURPOSE_OF_VISIT"]}
            """;
    private static final String EMPLOYER = TestCallers.employer(OffersTopic.EMPLOYER);
    private static final String OFFICER = TestCallers.officer();
    private final OffersTopic offers = new OffersTopic();

    @Inject
    EventStore store;

    private String anOfferNumber() {
        return offers.readyOffer();
    }

    private static String register(String offerNumber) {
        return given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offerNumber + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"2026-05-01\"}")
                .when().post("/applications")
                .then().statusCode(201).extract().path("applicationId");
    }

    /** The decisions the store records for an application: the store itself, not a view. */
    private long storedDecisions(String applicationId) {
        return store.pool().preparedQuery("SELECT count(*) FROM events WHERE event_type = 'DecisionRendered'"
                        + " AND data->>'applicationId' = $1")
                .execute(Tuple.of(applicationId)).await().atMost(Duration.ofSeconds(20)).iterator().next().getLong(0);
    }

    @Test
    void an_application_is_registered_against_an_offer_number() {
        String offer = anOfferNumber();

        given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"OUTSIDE_CANADA\", \"submittedOn\": \"2026-05-01\"}")
                .when().post("/applications")
                .then().statusCode(201)
                .header("Location", endsWith("/applications/" + offer + "-1"))
                .body("applicationId", equalTo(offer + "-1"))
                .body("status", equalTo("AWAITING_DECISION"))
                .body("applicantLocation", equalTo("OUTSIDE_CANADA"));
    }

    /** The registrations the store records for an offer. */
    private long storedRegistrations(String offerNumber) {
        return store.pool().preparedQuery("SELECT count(*) FROM events WHERE event_type = 'ApplicationRegistered'"
                        + " AND data->>'offerNumber' = $1")
                .execute(Tuple.of(offerNumber)).await().atMost(Duration.ofSeconds(20)).iterator().next().getLong(0);
    }

    @Test
    void repeating_a_registration_answers_the_application_as_it_stands_and_registers_nothing_more() {
        String offer = anOfferNumber();
        String id = register(offer);
        String registration = "{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"2026-05-01\"}";

        String repeated = given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON).body(registration)
                .when().post("/applications")
                .then().statusCode(200).header("Content-Location", endsWith("/applications/" + id))
                .body("applicationId", equalTo(id)).extract().asString();
        assertEquals(given().auth().oauth2(EMPLOYER).get("/applications/" + id).asString(), repeated);
        given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body(registration.replace("INSIDE_CANADA", "OUTSIDE_CANADA"))
                .when().post("/applications")
                .then().statusCode(409).body("rule", equalTo("offer-in-use")).body("detail", containsString(id));
        given().auth().oauth2(OFFICER)
                .contentType(ContentType.JSON).body(REFUSAL).post("/applications/" + id + "/decision").then().statusCode(200);
        given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON).body(registration)
                .when().post("/applications")
                .then().statusCode(200).body("applicationId", equalTo(id)).body("decision.outcome", equalTo("REFUSED"));
        assertEquals(1, storedRegistrations(offer), "registrations in the store");
    }

    @Test
    void a_refusal_is_recorded_and_published_for_the_other_services() throws Exception {
        String offer = anOfferNumber();
        String id = register(offer);

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(REFUSAL)
                .when().post("/applications/" + id + "/decision")
                .then().statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("decision.outcome", equalTo("REFUSED"))
                .body("decision.communicatedOn", equalTo("2026-06-17"));

        List<ConsumerRecord<String, String>> published = new TopicClient(LocalStack.shared().kafka().bootstrapServers())
                .readUntil(Topics.DECISIONS, records -> records.stream().anyMatch(r -> offer.equals(r.key())
                        && "DecisionRendered".equals(CloudEventHeaders.read(r.headers()).eventType())), Duration.ofSeconds(20));
        ConsumerRecord<String, String> record = published.stream().filter(r -> offer.equals(r.key())
                && "DecisionRendered".equals(CloudEventHeaders.read(r.headers()).eventType())).findFirst().orElseThrow();
        DecisionRendered event = EventJson.mapper().readValue(record.value(), DecisionRendered.class);
        assertEquals(DecisionOutcome.REFUSED, event.outcome());
        assertEquals(List.of("NOT_TEMPORARY"), event.grounds());
        assertEquals(List.of("TRAVEL_HISTORY", "PURPOSE_OF_VISIT"), event.factors());
        assertEquals("INSIDE_CANADA", event.applicantLocation().name());
        assertEquals("2026-06-17", event.communicatedDate().toString());
        assertEquals(id, event.applicationId());
    }

    @Test
    void a_decision_sent_in_a_trace_is_stored_and_published_in_that_trace() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String offer = anOfferNumber();
        String id = register(offer);

        given().auth().oauth2(OFFICER).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON).body(REFUSAL)
                .when().post("/applications/" + id + "/decision")
                .then().statusCode(200);

        String stored = store.pool().preparedQuery("SELECT trace_parent FROM events WHERE event_type = 'DecisionRendered'"
                        + " AND data->>'applicationId' = $1")
                .execute(Tuple.of(id)).await().atMost(Duration.ofSeconds(20)).iterator().next().getString(0);
        assertEquals(trace, stored.split("-")[1], "the decision is stored in the caller's trace");
        ConsumerRecord<String, String> record = new TopicClient(LocalStack.shared().kafka().bootstrapServers())
                .readUntil(Topics.DECISIONS, records -> records.stream().anyMatch(r -> offer.equals(r.key())),
                        Duration.ofSeconds(20))
                .stream().filter(r -> offer.equals(r.key())
                        && "DecisionRendered".equals(CloudEventHeaders.read(r.headers()).eventType())).findFirst().orElseThrow();
        assertEquals(trace, new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8).split("-")[1],
                "and published in it");
    }

    @Test
    void an_approval_records_the_permits_validity_end_and_publishes_it() throws Exception {
        String offer = anOfferNumber();
        String id = register(offer);

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(APPROVAL)
                .when().post("/applications/" + id + "/decision")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decision.permitExpiresOn", equalTo("2028-06-15"));
        given().auth().oauth2(EMPLOYER).get("/applications/" + id).then().statusCode(200)
                .body("decision.permitExpiresOn", equalTo("2028-06-15"));

        ConsumerRecord<String, String> record = new TopicClient(LocalStack.shared().kafka().bootstrapServers())
                .readUntil(Topics.DECISIONS, records -> records.stream().anyMatch(r -> offer.equals(r.key())),
                        Duration.ofSeconds(20))
                .stream().filter(r -> offer.equals(r.key())
                        && "DecisionRendered".equals(CloudEventHeaders.read(r.headers()).eventType())).findFirst().orElseThrow();
        assertEquals("2028-06-15", EventJson.mapper().readValue(record.value(), DecisionRendered.class).permitValidUntil().toString());
    }

    @Test
    void an_offer_number_a_decision_ended_cannot_serve_a_new_application() {
        String offer = anOfferNumber();
        String id = register(offer);
        given().auth().oauth2(OFFICER)
                .contentType(ContentType.JSON).body(REFUSAL).post("/applications/" + id + "/decision").then().statusCode(200);

        given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"2026-07-01\"}")
                .when().post("/applications")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("offer-invalidated"))
                .body("detail", containsString("new offer"))
                .body("invalidatedBy.applicationId", equalTo(id));
    }

    @Test
    void an_offer_serves_one_open_application_at_a_time() {
        String offer = anOfferNumber();
        register(offer);

        given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"2026-05-02\"}")
                .when().post("/applications")
                .then().statusCode(409).body("rule", equalTo("offer-in-use"));
    }

    @Test
    void repeating_a_decision_is_harmless_and_a_different_one_is_refused() {
        String id = register(anOfferNumber());
        given().auth().oauth2(OFFICER)
                .contentType(ContentType.JSON).body(REFUSAL).post("/applications/" + id + "/decision").then().statusCode(200);

        given().auth().oauth2(OFFICER)
                .contentType(ContentType.JSON).body(REFUSAL).post("/applications/" + id + "/decision").then().statusCode(200);
        given().auth().oauth2(OFFICER)
                .contentType(ContentType.JSON).body(APPROVAL)
                .when().post("/applications/" + id + "/decision")
                .then().statusCode(409).body("rule", equalTo("decision-already-rendered"));
    }

    @Test
    void of_decisions_racing_on_one_application_exactly_one_wins() {
        String offer = anOfferNumber();
        String id = register(offer);
        // eight different decisions: an identical repeat would rightly succeed as a no-op
        List<String> bodies = IntStream.range(0, 8)
                .mapToObj(i -> "{\"outcome\": \"APPROVED\", \"decidedOn\": \"2026-06-1" + i + "\", \"permitExpiresOn\": \"2028-06-15\"}")
                .toList();

        List<Integer> statuses = AllAtOnce.call(bodies.stream()
                .<Callable<Integer>>map(body -> () -> given().auth().oauth2(OFFICER)
                        .contentType(ContentType.JSON).body(body)
                        .post("/applications/" + id + "/decision").statusCode())
                .toList());

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, storedDecisions(id), "decisions in the store");
        given().auth().oauth2(EMPLOYER).get("/offers/" + offer + "/applications").then()
                .body("applications", org.hamcrest.Matchers.hasSize(1))
                .body("applications[0].status", equalTo("APPROVED"))
                .body("offerStatus", equalTo("APPROVED"));
    }

    @Test
    void an_offers_applications_are_listed_oldest_first() {
        String offer = anOfferNumber();
        String first = register(offer);
        given().auth().oauth2(OFFICER)
                .contentType(ContentType.JSON).body("{\"outcome\": \"RETURNED\", \"decidedOn\": \"2026-05-10\"}")
                .post("/applications/" + first + "/decision").then().statusCode(200);
        String second = register(offer);

        given().auth().oauth2(EMPLOYER).get("/offers/" + offer + "/applications").then().statusCode(200)
                .body("offerNumber", equalTo(offer))
                .body("offerStatus", equalTo("IN_USE"))
                .body("applications.applicationId", org.hamcrest.Matchers.contains(first, second))
                .body("applications.status", org.hamcrest.Matchers.contains("RETURNED", "AWAITING_DECISION"));
        given().auth().oauth2(EMPLOYER)
                .get("/offers/nope/applications").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("offerNumber"));
    }

    @Test
    void an_offer_this_service_does_not_know_yet_has_no_applications_to_list() {
        given().auth().oauth2(EMPLOYER).get("/offers/" + OffersTopic.anOfferNumber() + "/applications")
                .then().statusCode(404).contentType("application/problem+json").body("rule", equalTo("offer-not-found"));
    }

    @Test
    void an_unknown_application_is_not_found() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(REFUSAL)
                .when().post("/applications/A0000001-9/decision")
                .then().statusCode(404).contentType("application/problem+json").body("rule", equalTo("application-not-found"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown outcome             | {"outcome": "MAYBE", "decidedOn": "2026-06-16"}                                   | 400 | invalid-value          | outcome
            unknown ground              | {"outcome": "REFUSED", "decidedOn": "2026-06-16", "grounds": ["BAD_LUCK"]}          | 400 | invalid-value          | grounds[0]
            impossible date             | {"outcome": "APPROVED", "decidedOn": "2026-13-01"}                                | 400 | invalid-value          | decidedOn
            missing decision date       | {"outcome": "APPROVED"}                                                              | 400 | not-null               | decidedOn
            refusal without grounds     | {"outcome": "REFUSED", "decidedOn": "2026-06-16"}                                 | 422 | refusal-needs-grounds  | grounds
            grounds on an approval      | {"outcome": "APPROVED", "decidedOn": "2026-06-16", "permitExpiresOn": "2028-06-15", "grounds": ["NOT_TEMPORARY"]}  | 422 | grounds-only-on-refusal| grounds
            communicated before decided | {"outcome": "APPROVED", "decidedOn": "2026-06-16", "permitExpiresOn": "2028-06-15", "communicatedOn": "2026-06-15"} | 422 | not-before-decision  | communicatedOn
            approval without permit end | {"outcome": "APPROVED", "decidedOn": "2026-06-16"}                                | 422 | approval-needs-permit-validity-end | permitExpiresOn
            permit end on a refusal     | {"outcome": "REFUSED", "decidedOn": "2026-06-16", "grounds": ["INSUFFICIENT_FUNDS"], "permitExpiresOn": "2028-06-15"} | 422 | permit-validity-only-on-approval | permitExpiresOn
            permit ending when approved | {"outcome": "APPROVED", "decidedOn": "2026-06-16", "permitExpiresOn": "2026-06-16"} | 422 | in-span-range | permitExpiresOn
            permit over five years      | {"outcome": "APPROVED", "decidedOn": "2026-06-16", "permitExpiresOn": "2031-06-17"} | 422 | in-span-range | permitExpiresOn
            impossible permit end       | {"outcome": "APPROVED", "decidedOn": "2026-06-16", "permitExpiresOn": "2028-02-30"} | 400 | invalid-value | permitExpiresOn
            not temporary, no factors   | {"outcome": "REFUSED", "decidedOn": "2026-06-16", "grounds": ["NOT_TEMPORARY"]}   | 422 | not-temporary-needs-factors | factors
            factors without the ground  | {"outcome": "REFUSED", "decidedOn": "2026-06-16", "grounds": ["INSUFFICIENT_FUNDS"], "factors": ["TRAVEL_HISTORY"]} | 422 | factors-only-with-not-temporary | factors
            unknown factor              | {"outcome": "REFUSED", "decidedOn": "2026-06-16", "grounds": ["NOT_TEMPORARY"], "factors": ["HUNCH"]} | 400 | invalid-value | factors[0]
            decision in the future      | {"outcome": "APPROVED", "decidedOn": "2999-01-01"}                                | 400 | in-date-range          | decidedOn
            malformed JSON              | {"outcome":                                                                          | 400 | malformed-json         |
            notes included not a yes/no | {"outcome": "APPROVED", "decidedOn": "2026-06-16", "notesIncluded": "perhaps"}    | 400 | invalid-value          | notesIncluded
            unknown place of the matter | {"outcome": "REFUSED", "decidedOn": "2026-06-16", "grounds": ["INSUFFICIENT_FUNDS"], "matterArose": "AT_SEA"} | 400 | invalid-value | matterArose
            """)
    void bad_decisions_get_a_problem_naming_field_and_rule(String why, String body, int status, String rule, String field) {
        String id = register(anOfferNumber());

        var response = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/applications/" + id + "/decision")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("rule", equalTo(rule));
        if (field != null) {
            response.body("field", equalTo(field));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed offer number | {"offerNumber": "12345", "applicantLocation": "INSIDE_CANADA", "submittedOn": "2026-05-01"} | pattern       | offerNumber
            unknown location       | {"offerNumber": "A1234567", "applicantLocation": "MARS", "submittedOn": "2026-05-01"}    | invalid-value | applicantLocation
            missing location       | {"offerNumber": "A1234567", "submittedOn": "2026-05-01"}                                | not-null      | applicantLocation
            """)
    void bad_applications_get_a_problem_naming_field_and_rule(String why, String body, String rule, String field) {
        given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON).body(body)
                .when().post("/applications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("rule", equalTo(rule))
                .body("field", equalTo(field));
    }

    @Test
    void operators_get_health_and_openapi() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/applications/{applicationId}/decision"));
    }
}
