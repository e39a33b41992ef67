package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.offerservice.DecisionTopic;
import ca.imp.offerservice.EmployerPortal;

/**
 * GET /offers/{n}/compliance, POST /offers/{n}/compliance-evidence and POST /offers/{n}/employment-changes: the employer's
 * obligations, their evidence, and the changes to the employment held against the offer.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class ComplianceTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final LocalDate APPROVED_ON = LocalDate.parse("2026-06-16");
    private static final String RIGHTS = "{\"obligation\": \"RIGHTS_INFORMATION\", \"reference\": \"HR file 2026-118\","
            + " \"documentOn\": \"2026-09-01\", \"note\": \"Given in French, as the worker chose.\"}";

    @Inject
    EventStore store;



    /** An offer in Ontario a worker applied with and was approved with, on {@link #APPROVED_ON}. */
    private String approvedOffer() throws Exception {
        return DecisionTopic.approvedOffer(APPROVED_ON);
    }

    private static Response record(String number, String body) {
        return asEmployer().contentType(ContentType.JSON).body(body).post("/offers/" + number + "/compliance-evidence");
    }

    private long evidence(String number) {
        return store.load(number).await().atMost(WITHIN).stream().map(RecordedEvent::type)
                .filter("ComplianceEvidenceRecorded"::equals).count();
    }

    private static String obligation(String id) {
        return "obligations.find { it.obligation == '" + id + "' }";
    }

    @Test
    void an_offer_not_yet_decided_shows_its_obligations_due_and_the_registration_ontario_does_not_require() {
        String number = EmployerPortal.readyOffer();

        asEmployer().get("/offers/" + number + "/compliance").then().statusCode(200)
                .body("offerNumber", equalTo(number)).body("province", equalTo("ON"))
                .body(obligation("SIGNED_EMPLOYMENT_AGREEMENT") + ".status", equalTo("DUE"))
                .body(obligation("RIGHTS_INFORMATION") + ".dueOn", equalTo("2026-09-01"))
                .body(obligation("RIGHTS_INFORMATION") + ".dueOnProvisional", equalTo(true))
                .body(obligation("PROVINCIAL_EMPLOYER_REGISTRATION") + ".status", equalTo("NOT_APPLICABLE"))
                .body(obligation("PROVINCIAL_EMPLOYER_REGISTRATION") + ".notApplicable",
                        startsWith("ON requires no registration of employers of foreign workers on "));
    }

    @Test
    void an_approved_offer_without_evidence_shows_what_was_due_before_the_offer_and_by_the_first_day_overdue() throws Exception {
        String number = approvedOffer();

        asEmployer().get("/offers/" + number + "/compliance").then().statusCode(200)
                .body("approvedOn", equalTo("2026-06-16"))
                .body(obligation("NO_FEE_RECOVERED") + ".status", equalTo("OVERDUE"))
                .body(obligation("NO_FEE_RECOVERED") + ".dueOn", equalTo("2026-06-16"))
                .body(obligation("RIGHTS_INFORMATION") + ".status", equalTo("OVERDUE"));
    }

    @Test
    void evidence_recorded_shows_the_obligation_done_and_is_an_event_of_the_offer_s_history() throws Exception {
        String number = approvedOffer();

        record(number, RIGHTS).then().statusCode(200)
                .body(obligation("RIGHTS_INFORMATION") + ".status", equalTo("DONE"))
                .body(obligation("RIGHTS_INFORMATION") + ".evidence.reference", equalTo("HR file 2026-118"))
                .body(obligation("RIGHTS_INFORMATION") + ".evidence.documentOn", equalTo("2026-09-01"));

        asEmployer().get("/offers/" + number + "/compliance").then()
                .body(obligation("RIGHTS_INFORMATION") + ".status", equalTo("DONE"));
        asEmployer().get("/offers/" + number + "/history").then().statusCode(200)
                .body("items.type", hasItem("ComplianceEvidenceRecorded"))
                .body("items.find { it.type == 'ComplianceEvidenceRecorded' }.data.obligation", equalTo("RIGHTS_INFORMATION"));
        asEmployer().get("/offers/" + number).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void the_same_evidence_again_answers_the_obligations_and_records_nothing_other_evidence_is_a_conflict() throws Exception {
        String number = approvedOffer();
        record(number, RIGHTS).then().statusCode(200);

        record(number, RIGHTS).then().statusCode(200).body(obligation("RIGHTS_INFORMATION") + ".status", equalTo("DONE"));
        record(number, RIGHTS.replace("2026-118", "2026-119")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("compliance-evidence-already-recorded"))
                .body("reference", equalTo("HR file 2026-118")).body("documentOn", equalTo("2026-09-01"));
        assertEquals(1, evidence(number));
    }

    @Test
    void a_registration_ontario_does_not_require_is_refused_naming_the_field() throws Exception {
        String number = approvedOffer();

        record(number, "{\"obligation\": \"PROVINCIAL_EMPLOYER_REGISTRATION\", \"reference\": \"Registry 4411\","
                + " \"documentOn\": \"2026-06-01\"}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("obligation-not-applicable")).body("field", equalTo("obligation"));
        assertEquals(0, evidence(number));
    }

    @Test
    void bad_evidence_is_refused_naming_the_field_and_the_rule() throws Exception {
        String number = EmployerPortal.readyOffer();

        record(number, RIGHTS.replace("RIGHTS_INFORMATION", "HOUSING_INSPECTION")).then().statusCode(400)
                .contentType("application/problem+json").body("rule", equalTo("unknown-obligation")).body("field", equalTo("obligation"));
        record(number, RIGHTS.replace("RIGHTS_INFORMATION", "rights")).then().statusCode(400)
                .body("field", equalTo("obligation"));
        record(number, RIGHTS.replace("\"HR file 2026-118\"", "\" \"")).then().statusCode(400)
                .body("field", equalTo("reference"));
        record(number, RIGHTS.replace("\"HR file 2026-118\"", "\"" + "x".repeat(201) + "\"")).then().statusCode(400)
                .body("field", equalTo("reference"));
        record(number, RIGHTS.replace("2026-09-01", LocalDate.now().plusDays(2).toString())).then().statusCode(400)
                .body("field", equalTo("documentOn")).body("rule", equalTo("in-date-range"));
        record(number, RIGHTS.replace("Given in French", "Given\\u0000")).then().statusCode(400)
                .body("field", equalTo("note")).body("rule", equalTo("plain-text"));
        record(number, "{\"obligation\": \"RIGHTS_INFORMATION\", \"reference\": \"HR file 2026-118\"}").then().statusCode(400)
                .body("field", equalTo("documentOn"));
        assertEquals(0, evidence(number));
    }

    @Test
    void an_offer_withdrawn_takes_no_evidence() {
        String number = EmployerPortal.readyOffer();
        asEmployer().contentType(ContentType.JSON).body("{}").post("/offers/" + number + "/withdrawal").then().statusCode(200);

        record(number, RIGHTS).then().statusCode(409).body("rule", equalTo("no-obligations-without-approval"));
        asEmployer().get("/offers/" + number + "/compliance").then()
                .body(obligation("RIGHTS_INFORMATION") + ".status", equalTo("NOT_APPLICABLE"));
    }

    @Test
    void another_employer_s_offer_is_not_found() {
        String number = EmployerPortal.readyOffer();

        given().auth().oauth2(TestCallers.employer("987654321")).get("/offers/" + number + "/compliance").then().statusCode(404)
                .body("rule", equalTo("offer-not-found"));
        given().auth().oauth2(TestCallers.employer("987654321")).contentType(ContentType.JSON).body(RIGHTS)
                .post("/offers/" + number + "/compliance-evidence").then().statusCode(404).body("rule", equalTo("offer-not-found"));
    }

    private static Response change(String number, String body) {
        return asEmployer().contentType(ContentType.JSON).body(body).post("/offers/" + number + "/employment-changes");
    }

    private long changes(String number) {
        return store.load(number).await().atMost(WITHIN).stream().map(RecordedEvent::type)
                .filter("EmploymentChanged"::equals).count();
    }

    @Test
    void a_raise_is_recorded_with_its_documents_and_listed_with_the_obligations_and_in_the_history() throws Exception {
        String number = approvedOffer();
        String raise = "{\"effectiveOn\": \"2027-01-01\", \"wage\": {\"amount\": 52.00, \"unit\": \"HOUR\"},"
                + " \"documents\": [\"Amended agreement 2026-12-15\"]}";

        change(number, raise).then().statusCode(200)
                .body("changes[0].effectiveOn", equalTo("2027-01-01"))
                .body("changes[0].wage.unit", equalTo("HOUR"))
                .body("changes[0].documents[0]", equalTo("Amended agreement 2026-12-15"));
        change(number, raise).then().statusCode(200);

        asEmployer().get("/offers/" + number + "/compliance").then().body("changes.size()", equalTo(1));
        asEmployer().get("/offers/" + number + "/history").then().body("items.type", hasItem("EmploymentChanged"));
        assertEquals(1, changes(number));
    }

    @Test
    void a_lower_wage_is_refused_saying_a_new_offer_and_permit_are_needed_first() throws Exception {
        String number = approvedOffer();

        change(number, "{\"effectiveOn\": \"2027-01-01\", \"wage\": {\"amount\": 40.00, \"unit\": \"HOUR\"},"
                + " \"documents\": [\"Letter 12\"]}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("lower-wage-needs-new-offer")).body("field", equalTo("wage.amount"))
                .body("detail", org.hamcrest.Matchers.containsString("a new offer of employment and a new work permit are needed"
                        + " before the change takes effect on 2027-01-01"));
        change(number, "{\"effectiveOn\": \"2027-01-01\", \"promotion\": true, \"documents\": [\"Letter 12\"]}")
                .then().statusCode(422).body("rule", equalTo("promotion-needs-new-offer")).body("field", equalTo("promotion"));
        change(number, "{\"effectiveOn\": \"2027-01-01\", \"location\": {\"city\": \"Gatineau\", \"province\": \"QC\"},"
                + " \"documents\": [\"Letter 12\"]}")
                .then().statusCode(422).body("rule", equalTo("move-to-another-province-needs-new-offer"))
                .body("field", equalTo("location.province"));
        assertEquals(0, changes(number));
    }

    @Test
    void a_bad_change_is_refused_naming_the_field() throws Exception {
        String number = approvedOffer();

        change(number, "{\"effectiveOn\": \"2027-01-01\", \"hoursPerWeek\": 38}").then().statusCode(400)
                .body("field", equalTo("documents"));
        change(number, "{\"effectiveOn\": \"2027-01-01\", \"hoursPerWeek\": 200, \"documents\": [\"Letter 12\"]}")
                .then().statusCode(400).body("field", equalTo("hoursPerWeek"));
        change(number, "{\"effectiveOn\": \"2027-01-01\", \"nocCode\": \"9\", \"documents\": [\"Letter 12\"]}")
                .then().statusCode(400).body("field", equalTo("nocCode"));
        change(number, "{\"hoursPerWeek\": 38, \"documents\": [\"Letter 12\"]}").then().statusCode(400)
                .body("field", equalTo("effectiveOn"));
        change(number, "{\"effectiveOn\": \"2026-06-15\", \"duties\": \"More robots.\", \"documents\": [\"Letter 12\"]}")
                .then().statusCode(422).body("rule", equalTo("change-before-approval")).body("field", equalTo("effectiveOn"));
        change(number, "{\"effectiveOn\": \"2027-01-01\", \"documents\": [\"Letter 12\"]}").then().statusCode(422)
                .body("rule", equalTo("employment-change-empty"));
        assertEquals(0, changes(number));
    }

    @Test
    void an_offer_not_approved_has_no_employment_to_change() {
        String number = EmployerPortal.readyOffer();

        change(number, "{\"effectiveOn\": \"2027-01-01\", \"duties\": \"More robots.\", \"documents\": [\"Letter 12\"]}")
                .then().statusCode(409).body("rule", equalTo("employment-change-needs-approval"));
    }
}
