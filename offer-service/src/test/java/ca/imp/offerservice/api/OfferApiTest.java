package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.AllAtOnce;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.offerservice.EmployerPortal;

/** The offer API as an employer portal uses it, against a real PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class OfferApiTest {
    @Inject
    EventStore store;

    @Test
    void a_submitted_offer_gets_a_number_and_a_location_and_awaits_its_fee() {
        String number = asEmployer().contentType(ContentType.JSON).body(EmployerPortal.OFFER)
                .when().post("/offers")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/offers/A\\d{7}$"))
                .body("offerNumber", matchesPattern("^A\\d{7}$"))
                .body("status", equalTo("AWAITING_FEE"))
                .body("fee.status", equalTo("DUE"))
                .body("fee.amount", equalTo(230.0f))
                .body("fee.currency", equalTo("CAD"))
                .body("job.nocCode", equalTo("21301"))
                .body("teer", equalTo(1))
                .body("job.wage.amount", equalTo(48.50f))
                .body("worker.passportNumber", equalTo("19AB12345"))
                .body("employer.contact.email", equalTo("hr@maple-robotics.example"))
                .extract().path("offerNumber");

        asEmployer().when().get("/offers/" + number).then().statusCode(200)
                .body("offerNumber", equalTo(number))
                .body("worker.familyName", equalTo("Dupont"))
                .body("employer.contact.name", equalTo("Dana Tremblay"));
    }

    @Test
    void paying_the_fee_makes_the_offer_ready() {
        String number = EmployerPortal.submitOffer();

        asEmployer().contentType(ContentType.JSON).body("{\"amount\": 230.00, \"currency\": \"CAD\", \"paidOn\": \"2026-05-01\"}")
                .when().post("/offers/" + number + "/fee-payments")
                .then().statusCode(200)
                .body("status", equalTo("READY"))
                .body("fee.status", equalTo("PAID"))
                .body("fee.paidOn", equalTo("2026-05-01"));
    }

    @Test
    void a_claimed_program_exempts_the_offer_from_the_fee() {
        String number = asEmployer().contentType(ContentType.JSON).body(EmployerPortal.claiming(EmployerPortal.OFFER,
                        EmployerPortal.IDRC_CLAIM))
                .when().post("/offers")
                .then().statusCode(201).body("status", equalTo("READY")).body("fee.status", equalTo("EXEMPT"))
                .body("fee.amount", equalTo(0)).body("fee.exemption.program", equalTo("IDRC"))
                .body("fee.exemption.proofReference", equalTo("IDRC letter 2026-041"))
                .extract().path("offerNumber");

        asEmployer().contentType(ContentType.JSON).body("{\"amount\": 230.00, \"currency\": \"CAD\"}")
                .when().post("/offers/" + number + "/fee-payments")
                .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("fee-exempt"))
                .body("detail", containsString("IDRC"));
        asEmployer().when().get("/offers/" + number + "/history").then().statusCode(200)
                .body("items.type", hasItem("FeeExemptionClaimed"));
    }

    @Test
    void a_resubmission_keeps_the_claimed_program_unless_its_patch_drops_the_claim() {
        String old = asEmployer().contentType(ContentType.JSON).body(EmployerPortal.claiming(EmployerPortal.OFFER,
                EmployerPortal.IDRC_CLAIM)).post("/offers").then().statusCode(201).extract().path("offerNumber");
        asEmployer().contentType(ContentType.JSON).post("/offers/" + old + "/withdrawal").then().statusCode(200);
        String kept = asEmployer().contentType(ContentType.JSON).body("{}").post("/offers/" + old + "/resubmissions")
                .then().statusCode(201).body("fee.status", equalTo("EXEMPT")).body("fee.exemption.program", equalTo("IDRC"))
                .extract().path("offerNumber");
        asEmployer().contentType(ContentType.JSON).post("/offers/" + kept + "/withdrawal").then().statusCode(200);

        asEmployer().contentType(ContentType.JSON).body("{\"feeExemption\": null}").post("/offers/" + kept + "/resubmissions")
                .then().statusCode(201).body("fee.status", equalTo("DUE")).body("fee.exemption", nullValue());
    }

    @Test
    void a_code_never_grants_a_fee_exemption() {
        asEmployer().contentType(ContentType.JSON).body(EmployerPortal.OFFER.replace("C10", "C20"))
                .when().post("/offers")
                .then().statusCode(201).body("status", equalTo("AWAITING_FEE")).body("fee.status", equalTo("DUE"))
                .body("fee.amount", equalTo(230.0f)).body("fee.exemption", nullValue());
    }

    @Test
    void charitable_work_is_exempt_only_when_unremunerated() {
        String charity = "{\"program\": \"UNREMUNERATED_CHARITABLE_OR_RELIGIOUS\", \"proofReference\": \"Charity 123456789RR0001\"%s}";

        asEmployer().contentType(ContentType.JSON).body(EmployerPortal.claiming(EmployerPortal.OFFER.replace("C10", "C50"),
                        charity.formatted("")))
                .when().post("/offers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("exemption-condition-unattested")).body("field", equalTo("feeExemption.unremunerated"))
                .body("detail", containsString("will not be paid"));
        asEmployer().contentType(ContentType.JSON).body(EmployerPortal.claiming(EmployerPortal.OFFER.replace("C10", "C50"),
                        charity.formatted(", \"unremunerated\": true")))
                .when().post("/offers")
                .then().statusCode(201).body("fee.status", equalTo("EXEMPT")).body("fee.exemption.unremunerated", equalTo(true));
    }

    @Test
    void an_employer_outside_the_regime_is_refused() {
        asEmployer().contentType(ContentType.JSON).body(EmployerPortal.claiming(EmployerPortal.OFFER,
                        "{\"program\": \"DIPLOMATIC_MISSION_OR_INTERNATIONAL_ORGANIZATION\", \"proofReference\": \"GAC note 12\"}"))
                .when().post("/offers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("outside-employer-regime")).body("field", equalTo("feeExemption.program"))
                .body("regulation", equalTo("R209.91(c)"))
                .body("detail", containsString("outside the employer regime"));
    }

    @Test
    void a_code_retired_on_2022_12_15_is_refused_for_an_offer_submitted_today_naming_its_replacements() {
        asEmployer().contentType(ContentType.JSON).body(EmployerPortal.OFFER.replace("C10", "C12"))
                .when().post("/offers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("exemption-code-not-in-force"))
                .body("field", equalTo("exemptionCode"))
                .body("replacedBy", contains("C61", "C62", "C63"))
                .body("effectiveTo", equalTo("2022-12-14"))
                .body("detail", containsString("C61, C62, C63"));
        asEmployer().contentType(ContentType.JSON).body(EmployerPortal.OFFER.replace("C10", "T23"))
                .when().post("/offers")
                .then().statusCode(422).body("rule", equalTo("exemption-code-not-in-force"))
                .body("replacedBy", hasItem("T36"));
    }

    @Test
    void a_second_payment_is_refused_with_a_problem() {
        String number = EmployerPortal.submitOffer();
        asEmployer().contentType(ContentType.JSON).body("{\"amount\": 230, \"currency\": \"CAD\", \"paidOn\": \"2026-05-01\"}")
                .post("/offers/" + number + "/fee-payments").then().statusCode(200);

        asEmployer().contentType(ContentType.JSON).body("{\"amount\": 230, \"currency\": \"CAD\", \"paidOn\": \"2026-05-02\"}")
                .when().post("/offers/" + number + "/fee-payments")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("fee-already-paid"))
                .body("status", equalTo(409))
                .body("paidOn", equalTo("2026-05-01"))
                .body("paid.currency", equalTo("CAD"));
    }

    @Test
    void paying_the_same_fee_again_answers_the_offer_as_it_stands_and_records_one_payment() {
        String number = EmployerPortal.submitOffer();
        String payment = "{\"amount\": 230, \"currency\": \"CAD\"}";
        String paid = asEmployer().contentType(ContentType.JSON).body(payment).post("/offers/" + number + "/fee-payments")
                .then().statusCode(200).extract().asString();

        asEmployer().contentType(ContentType.JSON).body("{\"amount\": 230.00, \"currency\": \"CAD\"}")
                .when().post("/offers/" + number + "/fee-payments")
                .then().statusCode(200).body(equalTo(paid));
        asEmployer().get("/offers/" + number + "/history").then()
                .body("items.type", contains("OfferSubmitted", "FeePaid"));
    }

    @Test
    void withdrawing_again_the_same_way_answers_the_offer_as_it_stands_and_another_withdrawal_is_refused() {
        String number = EmployerPortal.readyOffer();
        String withdrawal = "{\"reason\": \"position filled\"}";
        String withdrawn = asEmployer().contentType(ContentType.JSON).body(withdrawal).post("/offers/" + number + "/withdrawal")
                .then().statusCode(200).extract().asString();

        asEmployer().contentType(ContentType.JSON).body(withdrawal).post("/offers/" + number + "/withdrawal")
                .then().statusCode(200).body(equalTo(withdrawn));
        asEmployer().contentType(ContentType.JSON).body("{\"reason\": \"budget cut\"}").post("/offers/" + number + "/withdrawal")
                .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("offer-invalidated"));
        asEmployer().get("/offers/" + number + "/history").then()
                .body("items.type", contains("OfferSubmitted", "FeePaid", "OfferWithdrawn", "FeeRefundOwed"));
    }

    @Test
    void a_wrong_amount_is_refused_and_the_problem_names_the_fee_due() {
        String number = EmployerPortal.submitOffer();

        asEmployer().contentType(ContentType.JSON).body("{\"amount\": 100, \"currency\": \"CAD\"}")
                .when().post("/offers/" + number + "/fee-payments")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("fee-amount"))
                .body("field", equalTo("amount"))
                .body("detail", containsString("CAD 230.00"));
    }

    @Test
    void of_concurrent_payments_exactly_one_is_recorded_and_the_others_get_409() {
        String number = EmployerPortal.submitOffer();
        List<Callable<Integer>> payments = new ArrayList<>();
        // eight different payments (days): an identical repeat would rightly succeed as a no-op
        for (int i = 0; i < 8; i++) {
            String paidOn = "2026-05-0" + (i + 1);
            payments.add(() -> asEmployer().contentType(ContentType.JSON)
                    .body("{\"amount\": 230, \"currency\": \"CAD\", \"paidOn\": \"" + paidOn + "\"}")
                    .post("/offers/" + number + "/fee-payments").statusCode());
        }
        List<Integer> statuses = AllAtOnce.call(payments);

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        long stored = store.load(number).await().atMost(Duration.ofSeconds(20)).stream()
                .map(RecordedEvent::type).filter("FeePaid"::equals).count();
        assertEquals(1, stored, "payments in the store");
    }

    @Test
    void an_employer_withdraws_an_offer_and_is_owed_the_paid_fee() {
        String number = EmployerPortal.readyOffer();

        asEmployer().contentType(ContentType.JSON).body("{\"reason\": \"position filled\"}")
                .when().post("/offers/" + number + "/withdrawal")
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("invalidation.cause", equalTo("WITHDRAWAL"))
                .body("fee.status", equalTo("REFUND_OWED"))
                .body("fee.refundFollowUpOn", notNullValue());
        asEmployer().contentType(ContentType.JSON).when().post("/offers/" + number + "/withdrawal")
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("offer-invalidated"))
                .body("withdrawnOn", notNullValue())
                .body("resubmit", equalTo("/offers/" + number + "/resubmissions"));
    }

    @Test
    void a_withdrawn_offer_is_resubmitted_as_a_new_offer_prefilled_with_the_changes_applied() {
        String old = EmployerPortal.readyOffer();
        asEmployer().contentType(ContentType.JSON).post("/offers/" + old + "/withdrawal").then().statusCode(200);

        String resubmitted = asEmployer().contentType(ContentType.JSON).body("{\"job\": {\"wage\": {\"amount\": 52.00}}}")
                .when().post("/offers/" + old + "/resubmissions")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/offers/A\\d{7}$"))
                .body("status", equalTo("AWAITING_FEE"))
                .body("fee.status", equalTo("DUE"))
                .body("job.wage.amount", equalTo(52.0f))
                .body("job.wage.unit", equalTo("HOUR"))
                .body("job.title", equalTo("Robotics engineer"))
                .body("worker.passportNumber", equalTo("19AB12345"))
                .body("employer.contact.email", equalTo("hr@maple-robotics.example"))
                .body("attempts.replaces", equalTo(old))
                .extract().path("offerNumber");

        assertNotEquals(old, resubmitted);
        asEmployer().get("/offers/" + old).then().body("attempts.resubmittedAs", equalTo(resubmitted));
        asEmployer().contentType(ContentType.JSON).post("/offers/" + old + "/resubmissions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("already-resubmitted")).body("resubmittedAs", equalTo(resubmitted));
    }

    @Test
    void a_resubmission_is_a_json_merge_patch_of_the_offer_as_submitted_sent_as_merge_patch_json() {
        String old = EmployerPortal.readyOffer();
        asEmployer().contentType(ContentType.JSON).post("/offers/" + old + "/withdrawal").then().statusCode(200);

        asEmployer().contentType("application/merge-patch+json").body("{\"job\": {\"startDate\": \"2026-10-01\"}}")
                .when().post("/offers/" + old + "/resubmissions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("unknown-field")).body("field", equalTo("job.startDate"));
        asEmployer().contentType("application/merge-patch+json")
                .body("{\"job\": {\"startsOn\": \"2026-10-01\", \"endsOn\": \"2028-09-30\"}}")
                .when().post("/offers/" + old + "/resubmissions")
                .then().statusCode(201)
                .body("job.startsOn", equalTo("2026-10-01"))
                .body("job.endsOn", equalTo("2028-09-30"))
                .body("job.wage.amount", equalTo(48.5f))
                .body("attempts.replaces", equalTo(old));
    }

    @Test
    void a_resubmission_keeps_every_number_as_written() {
        String old = EmployerPortal.readyOffer();
        asEmployer().contentType(ContentType.JSON).post("/offers/" + old + "/withdrawal").then().statusCode(200);

        asEmployer().contentType(ContentType.JSON).body("{\"job\": {\"wage\": {\"amount\": 52.00}}}")
                .when().post("/offers/" + old + "/resubmissions")
                .then().statusCode(201)
                .body(containsString("\"hoursPerWeek\":40,"))
                .body(containsString("\"wage\":{\"amount\":52.00,"));
    }

    @Test
    void the_history_lists_every_event_with_time_actor_and_correlation_and_no_personal_data() {
        String number = EmployerPortal.readyOffer();
        asEmployer().contentType(ContentType.JSON).body("{\"reason\": \"position filled\"}").post("/offers/" + number + "/withdrawal")
                .then().statusCode(200);

        String history = asEmployer().when().get("/offers/" + number + "/history")
                .then().statusCode(200)
                .body("items.type", contains("OfferSubmitted", "FeePaid", "OfferWithdrawn", "FeeRefundOwed"))
                .body("items.version", contains(1, 2, 3, 4))
                .body("items.actor", everyItem(equalTo("employer:employer-of-123456789")))
                .body("items[0].recordedAt", notNullValue())
                .body("items[0].correlationId", notNullValue())
                .body("items[1].data.amount", equalTo(230))
                .body("items[2].data.reason", equalTo("position filled"))
                .body("total", equalTo(4))
                .extract().asString();
        asEmployer().queryParam("page", 1).queryParam("size", 3).when().get("/offers/" + number + "/history")
                .then().statusCode(200)
                .body("items.type", contains("FeeRefundOwed")).body("page", equalTo(1)).body("size", equalTo(3))
                .body("total", equalTo(4));
        assertFalse(history.contains("19AB12345"), "no passport number in the history");
        assertFalse(history.contains("hr@maple-robotics.example"), "no employer contact in the history");
        asEmployer().when().get("/offers/A0000000/history").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void the_facts_of_changed_offers_are_a_page_and_the_log_position_it_was_read_at_is_the_next_since() {
        String number = EmployerPortal.readyOffer();
        String position = given().auth().oauth2(TestCallers.ops()).queryParam("since", 0).queryParam("size", 1)
                .when().get("/ops/offer-facts")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(1)).body("items.size()", equalTo(1))
                .header("Log-Position", matchesPattern("\\d+"))
                .extract().header("Log-Position");
        asEmployer().contentType(ContentType.JSON).post("/offers/" + number + "/withdrawal").then().statusCode(200);

        // the feed serves a change once every transaction that started before it has ended, a moment after it commits
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestCallers.ops())
                .queryParam("since", position).when().get("/ops/offer-facts")
                .then().statusCode(200).body("items.offerNumber", hasItem(number)));
    }

    @Test
    void only_an_ended_offer_is_resubmitted() {
        String number = EmployerPortal.readyOffer();

        asEmployer().contentType(ContentType.JSON).post("/offers/" + number + "/resubmissions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("only-invalidated-offers-resubmit"));
    }

    @Test
    void a_resubmission_whose_changes_break_a_rule_is_a_problem_naming_the_field() {
        String old = EmployerPortal.readyOffer();
        asEmployer().contentType(ContentType.JSON).post("/offers/" + old + "/withdrawal").then().statusCode(200);

        asEmployer().contentType(ContentType.JSON).body("{\"job\": {\"wage\": {\"amount\": -1}}}")
                .when().post("/offers/" + old + "/resubmissions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("job.wage.amount")).body("rule", equalTo("positive"));
        asEmployer().contentType(ContentType.JSON).body("{\"job\": {\"hoursPerWeek\": \"many\"}}")
                .when().post("/offers/" + old + "/resubmissions")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("job.hoursPerWeek"));
    }

    @Test
    void a_refund_cannot_be_recorded_for_a_fee_that_is_not_owed_back() {
        String number = EmployerPortal.readyOffer();

        asEmployer().contentType(ContentType.JSON).body("{\"amount\": 230.00, \"currency\": \"CAD\"}")
                .when().post("/offers/" + number + "/fee-refunds")
                .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("no-refund-owed"));
    }

    @Test
    void a_withdrawal_dated_in_the_future_is_refused() {
        String number = EmployerPortal.readyOffer();

        asEmployer().contentType(ContentType.JSON).body("{\"withdrawnOn\": \"2999-01-01\"}")
                .when().post("/offers/" + number + "/withdrawal")
                .then().statusCode(400).body("field", equalTo("withdrawnOn")).body("rule", equalTo("in-date-range"));
    }

    @Test
    void an_unknown_offer_is_not_found() {
        asEmployer().when().get("/offers/A0000000")
                .then().statusCode(404).contentType("application/problem+json").body("rule", equalTo("offer-not-found"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON              | {"employer": {                                                  | malformed-json       |
            a body that is not an object| [1, 2]                                                          | invalid-body         |
            missing employer            | NO_EMPLOYER                                                     | not-null             | employer
            missing worker              | NO_WORKER                                                       | not-null             | worker
            missing duties              | NO_DUTIES                                                       | not-blank            | job.duties
            zero wage                   | WAGE=0                                                          | positive             | job.wage.amount
            negative wage               | WAGE=-5                                                         | positive             | job.wage.amount
            unknown wage unit           | UNIT=FORTNIGHT                                                  | invalid-value        | job.wage.unit
            unknown province            | PROVINCE=XX                                                     | invalid-value        | job.location.province
            NOC code with TEER 7        | NOC=27301                                                       | pattern              | job.nocCode
            passport number malformed   | PASSPORT=ab-1                                                   | pattern              | worker.passportNumber
            unknown citizenship         | COUNTRY=ZZ                                                      | unknown-country      | worker.countryOfCitizenship
            birth date in the future    | BORN=2999-01-01                                                 | in-date-range        | worker.dateOfBirth
            business number not 9 digits| BN=12345                                                        | pattern              | employer.businessNumber
            NOC code not 5 digits       | NOC=2130                                                        | pattern              | job.nocCode
            impossible start date       | START=2026-02-30                                                | invalid-value        | job.startsOn
            unknown exemption code      | CODE=Z99                                                        | unknown-exemption-code | exemptionCode
            malformed exemption code    | CODE=nonsense                                                   | pattern              | exemptionCode
            unknown field               | EXTRA                                                           | unknown-field        | nickname
            unknown exempt program      | PROGRAM=NOBEL_PRIZE                                             | unknown-fee-exemption-program | feeExemption.program
            malformed exempt program    | PROGRAM=idrc                                                    | pattern              | feeExemption.program
            claim without a program     | CLAIM={"proofReference": "IDRC letter"}                         | not-blank            | feeExemption.program
            claim without a proof       | CLAIM={"program": "IDRC", "proofReference": " "}                | not-blank            | feeExemption.proofReference
            proof reference too long    | PROOF=LONG                                                      | size                 | feeExemption.proofReference
            proof reference with a NUL  | PROOF=NUL                                                       | plain-text           | feeExemption.proofReference
            number where text expected  | LEGAL_NAME_LIST                                                 | invalid-value        | employer.legalName
            """)
    void bad_offers_get_a_problem_naming_field_and_rule(String why, String body, String rule, String field) {
        String request = (body.startsWith("CLAIM=") ? EmployerPortal.claiming(EmployerPortal.OFFER, body.substring(6)) : body)
                .replace("PROGRAM=NOBEL_PRIZE", EmployerPortal.claiming(EmployerPortal.OFFER, EmployerPortal.IDRC_CLAIM.replace("IDRC\"", "NOBEL_PRIZE\"")))
                .replace("PROGRAM=idrc", EmployerPortal.claiming(EmployerPortal.OFFER, EmployerPortal.IDRC_CLAIM.replace("\"IDRC\"", "\"idrc\"")))
                .replace("PROOF=LONG", EmployerPortal.claiming(EmployerPortal.OFFER,
                        "{\"program\": \"IDRC\", \"proofReference\": \"" + "x".repeat(201) + "\"}"))
                .replace("PROOF=NUL", EmployerPortal.claiming(EmployerPortal.OFFER, "{\"program\": \"IDRC\", \"proofReference\": \"a\\u0000b\"}"))
                .replace("BN=12345", EmployerPortal.OFFER.replace("123456789", "12345"))
                .replace("NOC=2130", EmployerPortal.OFFER.replace("21301", "2130"))
                .replace("START=2026-02-30", EmployerPortal.OFFER.replace("2026-09-01", "2026-02-30"))
                .replace("CODE=Z99", EmployerPortal.OFFER.replace("C10", "Z99"))
                .replace("CODE=nonsense", EmployerPortal.OFFER.replace("C10", "nonsense"))
                .replace("EXTRA", EmployerPortal.OFFER.replace("\"exemptionCode\"", "\"nickname\": \"x\", \"exemptionCode\""))
                .replace("NO_EMPLOYER", EmployerPortal.OFFER.replaceFirst("(?s)\"employer\": \\{.*?}},", ""))
                .replace("NO_WORKER", EmployerPortal.OFFER.replaceFirst("(?s)\"worker\": \\{.*?},", ""))
                .replace("NO_DUTIES", EmployerPortal.OFFER.replace("\"duties\": \"Design and test industrial robots.\",", ""))
                .replace("WAGE=0", EmployerPortal.OFFER.replace("48.50", "0"))
                .replace("WAGE=-5", EmployerPortal.OFFER.replace("48.50", "-5"))
                .replace("UNIT=FORTNIGHT", EmployerPortal.OFFER.replace("\"HOUR\"", "\"FORTNIGHT\""))
                .replace("PROVINCE=XX", EmployerPortal.OFFER.replace("\"city\": \"Ottawa\", \"province\": \"ON\"}, \"startsOn\"",
                        "\"city\": \"Ottawa\", \"province\": \"XX\"}, \"startsOn\""))
                .replace("NOC=27301", EmployerPortal.OFFER.replace("21301", "27301"))
                .replace("PASSPORT=ab-1", EmployerPortal.OFFER.replace("19AB12345", "ab-1"))
                .replace("COUNTRY=ZZ", EmployerPortal.OFFER.replace("\"countryOfCitizenship\": \"FR\"", "\"countryOfCitizenship\": \"ZZ\""))
                .replace("BORN=2999-01-01", EmployerPortal.OFFER.replace("1990-04-12", "2999-01-01"))
                .replace("LEGAL_NAME_LIST", EmployerPortal.OFFER.replace("\"Maple Robotics Inc.\"", "[\"x\"]"));
        var response = asEmployer().contentType(ContentType.JSON).body(request)
                .when().post("/offers")
                .then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("rule", equalTo(rule))
                .body("detail", notNullValue());
        if (field != null) {
            response.body("field", equalTo(field));
        }
    }

    @Test
    void an_employment_that_ends_before_it_starts_is_refused() {
        asEmployer().contentType(ContentType.JSON).body(EmployerPortal.OFFER.replace("2028-08-31", "2026-08-01"))
                .when().post("/offers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("end-not-before-start"))
                .body("field", equalTo("job.endsOn"));
    }

    @Test
    void an_empty_body_is_a_problem_not_a_crash() {
        asEmployer().contentType(ContentType.JSON).when().post("/offers")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void an_oversized_body_is_a_problem() {
        asEmployer().contentType(ContentType.JSON).body("{\"pad\": \"" + "x".repeat(100_000) + "\"}")
                .when().post("/offers")
                .then().statusCode(413).contentType("application/problem+json").body("rule", equalTo("body-too-large"));
    }

    @Test
    void an_unknown_path_and_a_wrong_method_are_problems() {
        asEmployer().when().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
        asEmployer().when().delete("/offers/A1234567").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void a_malformed_offer_number_in_the_path_is_a_problem() {
        asEmployer().when().get("/offers/B123")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("offerNumber"));
    }

    @Test
    void a_body_in_another_media_type_is_a_problem() {
        asEmployer().contentType(ContentType.TEXT).body("hello").when().post("/offers")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void the_exemption_codes_in_force_today_are_reference_data_with_their_sources() {
        asEmployer().when().get("/reference/exemption-codes?size=200")
                .then().statusCode(200)
                .body("items.code", hasItem("C61"))
                .body("items.code", not(hasItem("C12")))
                .body("items.find { it.code == 'C10' }.regulation", equalTo("R205(a)"))
                .body("items.find { it.code == 'C10' }.source", notNullValue())
                .body("items.find { it.code == 'C20' }.feeExempt", nullValue());
    }

    @Test
    void the_table_on_2022_12_14_lists_c12_and_on_2022_12_15_its_replacements() {
        asEmployer().when().get("/reference/exemption-codes?on=2022-12-14&size=200")
                .then().statusCode(200)
                .body("items.code", hasItem("C12"))
                .body("items.code", not(hasItem("C61")));
        asEmployer().when().get("/reference/exemption-codes?on=2022-12-15&size=200")
                .then().statusCode(200)
                .body("items.code", hasItems("C61", "C62", "C63", "T36"))
                .body("items.code", not(hasItem("C12")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a date            | on=yesterday  | pattern
            not a real date       | on=2022-02-30 | invalid-date
            before the portal era | on=2014-12-31 | in-date-range
            after today           | on=2999-01-01 | in-date-range
            """)
    void a_bad_day_for_the_exemption_code_table_is_a_problem_naming_on(String why, String query, String rule) {
        asEmployer().when().get("/reference/exemption-codes?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo(rule))
                .body("field", equalTo("on"));
    }

    @Test
    void the_fee_exempt_programs_are_reference_data_with_their_condition_and_source() {
        asEmployer().when().get("/reference/fee-exemption-programs")
                .then().statusCode(200)
                .body("total", equalTo(10))
                .body("items.find { it.id == 'UNREMUNERATED_CHARITABLE_OR_RELIGIOUS' }.condition", equalTo("UNREMUNERATED"))
                .body("items.find { it.id == 'UNREMUNERATED_CHARITABLE_OR_RELIGIOUS' }.regulation", equalTo("R299(2)(f)"))
                .body("items.find { it.id == 'IDRC' }.condition", nullValue())
                .body("items.find { it.id == 'IDRC' }.effectiveFrom", equalTo("2015-02-21"))
                .body("items.source", everyItem(containsString("canada.ca")));
    }

    @Test
    void operators_get_health_openapi_and_swagger_ui() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'event relay' }.data.lag", notNullValue());
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/offers/{offerNumber}/fee-payments"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
