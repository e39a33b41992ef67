package ca.imp.decisionservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;
import ca.imp.decisionservice.OffersTopic;
import ca.imp.embedded.LocalStackTestResource;

/** Next-step guidance as an employer portal reads it. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class NextStepsApiTest {
    private static final String EMPLOYER = TestCallers.employer(OffersTopic.EMPLOYER);
    private static final String OFFICER = TestCallers.officer();
    private final OffersTopic offers = new OffersTopic();

    private String application(String location) {
        String offer = offers.readyOffer();
        return given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"" + location + "\", \"submittedOn\": \"2026-01-10\"}")
                .post("/applications").then().statusCode(201).extract().path("applicationId");
    }

    private static void decide(String id, String decision) {
        given().auth().oauth2(OFFICER)
                .contentType(ContentType.JSON).body(decision).post("/applications/" + id + "/decision").then().statusCode(200);
    }

    @Test
    void a_refusal_inside_canada_gets_its_options_evidence_and_dates() {
        String id = application("INSIDE_CANADA");
        decide(id, """
                {"outcome": "REFUSED", "decidedOn": "2026-06-16", "grounds": ["NOT_TEMPORARY", "INCOMPLETE_DOCUMENTS"],
                 "factors": ["TRAVEL_HISTORY"]}""");

        given().auth().oauth2(EMPLOYER).get("/applications/" + id + "/next-steps").then().statusCode(200)
                .body("outcome", equalTo("REFUSED"))
                .body("offer.numberUsable", equalTo(false))
                .body("offer.fee", equalTo("REFUNDABLE"))
                .body("offer.explanation", containsString("new offer"))
                .body("options[0].option", equalTo("GCMS_NOTES"))
                .body("options.find { it.option == 'JUDICIAL_REVIEW' }.due.dueOn", equalTo("2026-07-02"))
                .body("options.option", hasItem("RESTORATION"))
                .body("grounds[0].ground", equalTo("NOT_TEMPORARY"))
                .body("grounds[0].evidence", hasItem(containsString("entry and exit stamps")))
                .body("disclaimer", containsString("not legal advice"));
    }

    @Test
    void a_refusal_with_the_officers_notes_leads_with_reading_them_and_counts_judicial_review_where_the_matter_arose() {
        String id = application("INSIDE_CANADA");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("""
                        {"outcome": "REFUSED", "decidedOn": "2026-06-16", "grounds": ["NOT_TEMPORARY"],
                         "factors": ["TRAVEL_HISTORY"], "notesIncluded": true, "matterArose": "OUTSIDE_CANADA"}""")
                .post("/applications/" + id + "/decision").then().statusCode(200)
                .body("decision.notesIncluded", equalTo(true))
                .body("decision.matterArose", equalTo("OUTSIDE_CANADA"));

        given().auth().oauth2(EMPLOYER).get("/applications/" + id + "/next-steps").then().statusCode(200)
                .body("options[0].option", equalTo("READ_NOTES"))
                .body("options[-1].option", equalTo("GCMS_NOTES"))
                .body("options.find { it.option == 'JUDICIAL_REVIEW' }.due.dueOn", equalTo("2026-08-17"))
                .body("options.find { it.option == 'JUDICIAL_REVIEW' }.due.warnings",
                        hasItem(containsString("Where the matter arose decides the limit")));
    }

    @Test
    void an_applicants_withdrawal_links_the_employers_withdrawal_that_refunds_the_fee() {
        String id = application("OUTSIDE_CANADA");
        decide(id, "{\"outcome\": \"WITHDRAWN\", \"decidedOn\": \"2026-06-16\"}");

        given().auth().oauth2(EMPLOYER).get("/applications/" + id + "/next-steps").then().statusCode(200)
                .body("offer.fee", equalTo("REFUNDABLE_IF_EMPLOYER_WITHDRAWS"))
                .body("offer.withdrawOffer", equalTo("/offers/" + id.substring(0, 8) + "/withdrawal"))
                .body("offer.feeExplanation", containsString("only if the employer withdraws the offer"));
    }

    @Test
    void misrepresentation_states_the_bar_instead_of_reapplying() {
        String id = application("OUTSIDE_CANADA");
        decide(id, """
                {"outcome": "REFUSED", "decidedOn": "2026-02-02", "grounds": ["MISREPRESENTATION"]}""");

        given().auth().oauth2(EMPLOYER).get("/applications/" + id + "/next-steps").then().statusCode(200)
                .body("reapplicationBar.endsOn", equalTo("2031-02-02"))
                .body("options.option", not(hasItem("REAPPLY")))
                .body("options.option", not(hasItem("RESTORATION")))
                .body("options.find { it.option == 'JUDICIAL_REVIEW' }.due.dueOn", equalTo("2026-04-07"));
    }

    @Test
    void an_approval_gets_its_own_guidance() {
        String id = application("INSIDE_CANADA");
        decide(id, "{\"outcome\": \"APPROVED\", \"decidedOn\": \"2026-06-16\", \"permitExpiresOn\": \"2028-06-15\"}");

        given().auth().oauth2(EMPLOYER).get("/applications/" + id + "/next-steps").then().statusCode(200)
                .body("offer.fee", equalTo("SPENT"))
                .body("options", nullValue())
                .body("steps[0]", containsString("permit"));
    }

    @Test
    void an_open_application_has_no_next_steps_yet_and_a_bad_id_is_named() {
        String id = application("INSIDE_CANADA");

        given().auth().oauth2(EMPLOYER)
                .get("/applications/" + id + "/next-steps").then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("no-decision-yet"));
        given().auth().oauth2(EMPLOYER)
                .get("/applications/A0000003-1/next-steps").then().statusCode(404).body("rule", equalTo("application-not-found"));
        given().auth().oauth2(EMPLOYER)
                .get("/applications/nope/next-steps").then().statusCode(400).body("field", equalTo("applicationId"));
    }
}
