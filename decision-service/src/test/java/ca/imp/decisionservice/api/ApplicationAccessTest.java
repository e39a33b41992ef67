package ca.imp.decisionservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ca.imp.accesstesting.TestCallers;
import ca.imp.decisionservice.OffersTopic;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;

/**
 * Who may see and do what with applications: each employer sees its own, a representative those of
 * the employers it acts for, officers decide any, and only who acts for the employer reads the
 * personal data kept beside its applications.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class ApplicationAccessTest {
    private static final String MAPLE = "100000001";
    private static final String BIRCH = "100000002";
    private static final String CEDAR = "100000003";
    private static final String OFFICER = TestCallers.officer();
    private static final String REQUESTED_BY_CAMILLE = """
            {"act": "ACCESS_TO_INFORMATION", "filedOn": "2026-06-20",
             "requester": {"name": "Camille Dupont", "role": "APPLICANT", "inCanada": true}}""";

    @Inject
    EventStore store;

    private final OffersTopic offers = new OffersTopic();

    private String applicationOf(String employer) {
        return register(TestCallers.employer(employer), offers.readyOffer(employer)).then().statusCode(201)
                .extract().path("applicationId");
    }

    private static Response register(String token, String offerNumber) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offerNumber + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"2026-05-01\"}")
                .post("/applications");
    }

    private static String refuse(String applicationId) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"outcome\": \"REFUSED\", \"decidedOn\": \"2026-06-16\", \"grounds\": [\"INSUFFICIENT_FUNDS\"]}")
                .post("/applications/" + applicationId + "/decision").then().statusCode(200).extract().asString();
    }

    private static String requestNotes(String token, String applicationId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(REQUESTED_BY_CAMILLE)
                .post("/applications/" + applicationId + "/gcms-requests").then().statusCode(201).extract().path("requestId");
    }

    private static Response get(String token, String path) {
        return given().auth().oauth2(token).get(path);
    }

    private static String offerOf(String applicationId) {
        return applicationId.substring(0, applicationId.indexOf('-'));
    }

    /** The answer to a request for something that does not exist, with the id it names replaced by the one asked for. */
    private static void assertAnsweredAsIfItDidNotExist(Response foreign, Response unknown, String foreignId, String unknownId) {
        assertEquals(unknown.statusCode(), foreign.statusCode());
        assertEquals(unknown.asString().replace(unknownId, foreignId), foreign.asString());
    }

    @Test
    void a_representative_sees_exactly_the_applications_of_the_employers_it_acts_for() {
        String maples = applicationOf(MAPLE);
        String birchs = applicationOf(BIRCH);
        String cedars = applicationOf(CEDAR);
        String representative = TestCallers.representative(MAPLE, BIRCH);

        get(representative, "/applications/" + maples).then().statusCode(200).body("applicationId", equalTo(maples));
        get(representative, "/applications/" + birchs).then().statusCode(200).body("applicationId", equalTo(birchs));
        get(representative, "/offers/" + offerOf(birchs) + "/applications").then().statusCode(200)
                .body("applications[0].applicationId", equalTo(birchs));
        get(representative, "/applications/" + cedars).then().statusCode(404).body("rule", equalTo("application-not-found"));
        get(representative, "/offers/" + offerOf(cedars) + "/applications").then().statusCode(404)
                .body("rule", equalTo("offer-not-found"));
    }

    @Test
    void another_employers_application_answers_exactly_as_one_that_does_not_exist() {
        String maples = applicationOf(MAPLE);
        refuse(maples);
        String unknown = OffersTopic.anOfferNumber() + "-1";
        String birch = TestCallers.employer(BIRCH);

        for (String what : List.of("", "/next-steps", "/gcms-requests")) {
            assertAnsweredAsIfItDidNotExist(get(birch, "/applications/" + maples + what),
                    get(birch, "/applications/" + unknown + what), maples, unknown);
        }
        assertAnsweredAsIfItDidNotExist(
                given().auth().oauth2(birch).contentType(ContentType.JSON).body(REQUESTED_BY_CAMILLE)
                        .post("/applications/" + maples + "/gcms-requests"),
                given().auth().oauth2(birch).contentType(ContentType.JSON).body(REQUESTED_BY_CAMILLE)
                        .post("/applications/" + unknown + "/gcms-requests"), maples, unknown);
        assertAnsweredAsIfItDidNotExist(get(birch, "/offers/" + offerOf(maples) + "/applications"),
                get(birch, "/offers/" + offerOf(unknown) + "/applications"), offerOf(maples), offerOf(unknown));
    }

    @Test
    void registering_with_another_employers_offer_answers_exactly_as_an_unknown_offer_number() {
        String maples = offers.readyOffer(MAPLE);
        String unknown = OffersTopic.anOfferNumber();
        String birch = TestCallers.employer(BIRCH);

        Response foreign = register(birch, maples);
        assertEquals(422, foreign.statusCode());
        assertAnsweredAsIfItDidNotExist(foreign, register(birch, unknown), maples, unknown);
        register(TestCallers.employer(MAPLE), maples).then().statusCode(201);
    }

    @Test
    void another_employers_decided_offer_is_as_unknown_as_any_and_its_decision_does_not_show_through() {
        String maples = applicationOf(MAPLE);
        refuse(maples);
        String offerNumber = maples.substring(0, maples.indexOf('-'));
        String unknown = OffersTopic.anOfferNumber();
        String birch = TestCallers.employer(BIRCH);

        Response foreign = register(birch, offerNumber);
        assertEquals(422, foreign.statusCode());
        assertAnsweredAsIfItDidNotExist(foreign, register(birch, unknown), offerNumber, unknown);
        given().auth().oauth2(TestCallers.employer(MAPLE)).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offerNumber + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"2026-07-01\"}")
                .post("/applications").then().statusCode(409).body("rule", equalTo("offer-invalidated"));
    }

    @Test
    void an_officer_decides_any_employers_application_but_reads_no_requester_name() {
        String maples = applicationOf(MAPLE);
        String birchs = applicationOf(BIRCH);
        String requestId = requestNotes(TestCallers.employer(MAPLE), maples);

        assertEquals(false, refuse(maples).contains("Camille"));
        refuse(birchs);
        get(OFFICER, "/applications/" + maples + "/gcms-requests").then().statusCode(200)
                .body("items[0].requestId", equalTo(requestId))
                .body("items[0].requester.role", equalTo("APPLICANT"))
                .body("items[0].requester.name", nullValue())
                .body(not(containsString("Camille")));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"receivedOn\": \"2026-07-10\"}")
                .post("/applications/" + maples + "/gcms-requests/" + requestId + "/receipt").then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body(not(containsString("Camille")));
        get(TestCallers.employer(MAPLE), "/applications/" + maples + "/gcms-requests").then().statusCode(200)
                .body("items[0].requester.name", equalTo("Camille Dupont"));
    }

    @Test
    void ops_and_partner_read_applications_and_next_steps_without_personal_data() {
        String maples = applicationOf(MAPLE);
        requestNotes(TestCallers.representative(MAPLE), maples);
        refuse(maples);

        for (String reader : List.of(TestCallers.ops(), TestCallers.partner())) {
            get(reader, "/applications/" + maples).then().statusCode(200).body("status", equalTo("REFUSED"));
            get(reader, "/applications/" + maples + "/next-steps").then().statusCode(200).body("outcome", equalTo("REFUSED"));
            get(reader, "/offers/" + offerOf(maples) + "/applications").then().statusCode(200)
                    .body("offerStatus", equalTo("REFUSED"));
            get(reader, "/applications/" + maples + "/gcms-requests").then().statusCode(200)
                    .body("items[0].requester.role", equalTo("APPLICANT"))
                    .body(not(containsString("Camille")));
        }
    }

    @Test
    void every_event_records_the_caller_who_caused_it() {
        String maples = applicationOf(MAPLE);
        requestNotes(TestCallers.representative(MAPLE, BIRCH), maples);
        refuse(maples);

        Map<String, String> actors = store.load(offerOf(maples)).await().atMost(Duration.ofSeconds(10)).stream()
                .collect(Collectors.toMap(RecordedEvent::type, RecordedEvent::actor));
        assertEquals(Map.of(
                "ApplicationRegistered", "employer:employer-of-" + MAPLE,
                "GcmsNotesRequested", "representative:representative-of-" + MAPLE + "-" + BIRCH,
                "DecisionRendered", "officer:officer-1"), actors);
    }
}
