package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.DecisionTopic;
import ca.imp.offerservice.EmployerPortal;

/** GET /offers/{n}/inspection-pack: the employer's record of one offer as a PDF, read back as a PDF reader extracts its text. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class InspectionPackApiTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final LocalDate REFUSED_ON = LocalDate.parse("2026-06-16");



    /** An offer taken through its fee, an application, a refusal and the refund of its fee. */
    private String refusedAndRefunded() throws Exception {
        String number = DecisionTopic.decidedOffer(DecisionOutcome.REFUSED, REFUSED_ON, "fee.status", "REFUND_OWED");
        asEmployer().contentType(ContentType.JSON).body("{\"amount\": 230.00, \"currency\": \"CAD\", \"refundedOn\": \"2026-07-20\"}")
                .post("/offers/" + number + "/fee-refunds").then().statusCode(200);
        return number;
    }

    private static String text(byte[] document) throws IOException {
        try (PDDocument read = Loader.loadPDF(document)) {
            return new PDFTextStripper().getText(read);
        }
    }

    @Test
    void the_pack_of_a_refused_and_refunded_offer_shows_its_terms_fee_decision_and_history_with_actors() throws Exception {
        String number = refusedAndRefunded();

        byte[] pdf = asEmployer().get("/offers/" + number + "/inspection-pack").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"inspection-pack-" + number + ".pdf\""))
                .header("Cache-Control", equalTo("private, no-store"))
                .extract().asByteArray();

        String text = text(pdf);
        assertTrue(text.contains("Offer " + number), text);
        assertTrue(text.contains("Employer: Maple Robotics Inc."), text);
        assertTrue(text.contains("Status: REFUSED"), text);
        assertTrue(text.contains("Worker: Camille Dupont"), text);
        assertTrue(text.contains("Job: Robotics engineer, NOC 21301 (TEER 1)"), text);
        assertTrue(text.contains("Employer compliance fee: 230.00 CAD, REFUNDED"), text);
        assertTrue(text.contains("Refunded on 2026-07-20"), text);
        assertTrue(text.contains("Decision: REFUSED on 2026-06-16 (application " + number + "-1)"), text);
        for (String heading : List.of("Obligations", "Changes to the employment", "Deadlines met")) {
            assertTrue(text.contains(heading), heading + " in " + text);
        }
        for (String type : List.of("OfferSubmitted", "FeePaid", "ApplicationLinked", "OfferInvalidated", "FeeRefundOwed", "FeeRefunded")) {
            assertTrue(text.contains(type + " at "), type + " in " + text);
        }
        assertTrue(text.contains(" by employer:employer-of-" + EmployerPortal.BUSINESS_NUMBER), text);
        assertTrue(text.contains(" by system:offer-service"), text);
    }

    @Test
    void reading_the_pack_is_logged_as_a_read_of_the_personal_data_it_shows() {
        String number = EmployerPortal.submitOffer();

        asEmployer().get("/offers/" + number + "/inspection-pack").then().statusCode(200);

        given().auth().oauth2(TestCallers.ops()).queryParam("offerNumber", number).get("/ops/personal-data-reads")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].reader", equalTo("employer:employer-of-" + EmployerPortal.BUSINESS_NUMBER));
    }

    @Test
    void another_employers_offer_has_no_pack() {
        String number = EmployerPortal.submitOffer();

        given().auth().oauth2(TestCallers.employer("987654321")).get("/offers/" + number + "/inspection-pack")
                .then().statusCode(404).contentType("application/problem+json").body("rule", equalTo("offer-not-found"));
    }

    @Test
    void a_malformed_offer_number_is_a_problem_naming_it() {
        asEmployer().get("/offers/B123/inspection-pack")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("offerNumber"));
    }
}
