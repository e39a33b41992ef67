package ca.imp.offerservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.EmployerPortal;

/** Every caller reaches only what its token allows: its own employers' offers, and personal data only on them. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class OfferTenancyTest {
    private static final String REPRESENTED = "300000001";
    private static final String ALSO_REPRESENTED = "300000002";
    private static final String NOT_REPRESENTED = "300000003";
    private static final String REPRESENTATIVE = TestCallers.representative(REPRESENTED, ALSO_REPRESENTED);

    private static String offerOf(String businessNumber) {
        return given().auth().oauth2(TestCallers.employer(businessNumber)).contentType(ContentType.JSON)
                .body(EmployerPortal.OFFER.replace(EmployerPortal.BUSINESS_NUMBER, businessNumber))
                .post("/offers").then().statusCode(201).extract().path("offerNumber");
    }

    private static Response read(String token, String path) {
        return given().auth().oauth2(token).when().get(path);
    }

    @Test
    void a_representative_reads_the_offers_of_exactly_the_employers_it_acts_for() {
        String represented = offerOf(REPRESENTED);
        String alsoRepresented = offerOf(ALSO_REPRESENTED);
        String notRepresented = offerOf(NOT_REPRESENTED);

        read(REPRESENTATIVE, "/offers/" + represented).then().statusCode(200).body("worker.familyName", equalTo("Dupont"));
        read(REPRESENTATIVE, "/offers/" + alsoRepresented).then().statusCode(200);
        read(REPRESENTATIVE, "/employers/" + ALSO_REPRESENTED + "/offers").then().statusCode(200)
                .body("items.offerNumber", hasItem(alsoRepresented));
        read(REPRESENTATIVE, "/offers/" + notRepresented).then().statusCode(404);
        read(REPRESENTATIVE, "/employers/" + NOT_REPRESENTED + "/offers").then().statusCode(404);
    }

    @Test
    void another_employers_offer_answers_exactly_as_one_that_does_not_exist() {
        String theirs = offerOf(NOT_REPRESENTED);
        String absent = "A0000000";

        for (String path : List.of("", "/history")) {
            Response foreign = read(EmployerPortal.EMPLOYER_TOKEN, "/offers/" + theirs + path);
            Response missing = read(EmployerPortal.EMPLOYER_TOKEN, "/offers/" + absent + path);
            assertEquals(404, foreign.statusCode());
            assertEquals(missing.asString().replace(absent, theirs), foreign.asString());
        }
        String payment = "{\"amount\": 230, \"currency\": \"CAD\"}";
        for (String write : List.of("/fee-payments " + payment, "/withdrawal {}", "/fee-refunds " + payment, "/resubmissions {}")) {
            String[] pathAndBody = write.split(" ", 2);
            given().auth().oauth2(EmployerPortal.EMPLOYER_TOKEN).contentType(ContentType.JSON).body(pathAndBody[1])
                    .when().post("/offers/" + theirs + pathAndBody[0])
                    .then().statusCode(404).body("rule", equalTo("offer-not-found"));
        }
        read(TestCallers.employer(NOT_REPRESENTED), "/offers/" + theirs).then().body("status", equalTo("AWAITING_FEE"))
                .body("fee.status", equalTo("DUE"));
    }

    @Test
    void another_employers_lists_ledger_and_forecast_answer_as_an_unknown_employer() {
        offerOf(NOT_REPRESENTED);

        for (String path : List.of("/offers", "/fees", "/cost-forecast?plannedHires=2")) {
            read(EmployerPortal.EMPLOYER_TOKEN, "/employers/" + NOT_REPRESENTED + path).then().statusCode(404)
                    .contentType("application/problem+json").body("rule", equalTo("employer-not-found"));
        }
    }

    @Test
    void an_offer_is_submitted_only_for_an_employer_the_caller_acts_for() {
        given().auth().oauth2(REPRESENTATIVE).contentType(ContentType.JSON)
                .body(EmployerPortal.OFFER.replace(EmployerPortal.BUSINESS_NUMBER, NOT_REPRESENTED))
                .when().post("/offers")
                .then().statusCode(403).contentType("application/problem+json")
                .body("rule", equalTo("not-acting-for-employer"))
                .body("field", equalTo("employer.businessNumber"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ops", "partner"})
    void ops_and_partners_read_offers_and_employer_lists_without_any_personal_data(String role) {
        String token = role.equals("ops") ? TestCallers.ops() : TestCallers.partner();
        String number = offerOf(REPRESENTED);

        String offer = read(token, "/offers/" + number).then().statusCode(200)
                .body("offerNumber", equalTo(number))
                .body("employer.legalName", equalTo("Maple Robotics Inc."))
                .body("worker", nullValue())
                .body("employer.contact", nullValue())
                .extract().asString();
        String offers = read(token, "/employers/" + REPRESENTED + "/offers").then().statusCode(200)
                .body("items.offerNumber", hasItem(number)).extract().asString();
        String history = read(token, "/offers/" + number + "/history").then().statusCode(200).extract().asString();

        for (String body : List.of(offer, offers, history)) {
            for (String personal : List.of("Dupont", "Camille", "19AB12345", "1990-04-12", "Dana Tremblay",
                    "hr@maple-robotics.example", "613 555 0100")) {
                assertFalse(body.contains(personal), role + " saw '" + personal + "' in " + body);
            }
        }
    }

    @Test
    void an_officer_reads_an_offer_without_personal_data_but_not_its_history() {
        String number = offerOf(REPRESENTED);

        read(TestCallers.officer(), "/offers/" + number).then().statusCode(200).body("worker", nullValue());
        read(TestCallers.officer(), "/offers/" + number + "/history").then().statusCode(403)
                .body("rule", equalTo("role-not-allowed"));
    }

    @Test
    void the_history_names_the_token_subject_and_role_that_caused_each_event() {
        String number = offerOf(REPRESENTED);
        given().auth().oauth2(REPRESENTATIVE).contentType(ContentType.JSON).body("{\"amount\": 230, \"currency\": \"CAD\"}")
                .post("/offers/" + number + "/fee-payments").then().statusCode(200);

        read(TestCallers.ops(), "/offers/" + number + "/history").then().statusCode(200)
                .body("items.type", contains("OfferSubmitted", "FeePaid"))
                .body("items.actor", contains("employer:employer-of-" + REPRESENTED,
                        "representative:representative-of-" + REPRESENTED + "-" + ALSO_REPRESENTED))
                .body("items.actor", everyItem(not(equalTo("employer-portal"))));
    }

    @Test
    void a_resubmission_stays_with_the_employer_of_the_offer_it_replaces() {
        String number = offerOf(REPRESENTED);
        given().auth().oauth2(REPRESENTATIVE).contentType(ContentType.JSON).post("/offers/" + number + "/withdrawal")
                .then().statusCode(200);

        given().auth().oauth2(REPRESENTATIVE).contentType(ContentType.JSON)
                .body("{\"employer\": {\"businessNumber\": \"" + ALSO_REPRESENTED + "\"}}")
                .when().post("/offers/" + number + "/resubmissions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("resubmission-keeps-employer"))
                .body("field", equalTo("employer.businessNumber"));
    }
}
