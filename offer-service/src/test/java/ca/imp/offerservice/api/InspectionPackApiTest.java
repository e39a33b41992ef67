package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlinePolicy;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.DeadlineTopic;
import ca.imp.offerservice.DecisionTopic;
import ca.imp.offerservice.EmployerPortal;

/** GET /offers/{n}/inspection-pack: the employer's record of one offer as a PDF, read back as a PDF reader extracts its text. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class InspectionPackApiTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final LocalDate REFUSED_ON = LocalDate.parse("2026-06-16");
    private static final LocalDate APPROVED_ON = LocalDate.parse("2026-06-16");
    /** The service's today is the day in its zone (imp.time-zone), which an inspection's dates are checked against. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Toronto"));

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
        for (String heading : List.of("Obligations and their evidence", "Changes to the employment", "Deadlines met",
                "Deadlines open or elapsed", "Inspections covering this offer")) {
            assertTrue(text.contains(heading), heading + " in " + text);
        }
        for (String type : List.of("OfferSubmitted", "FeePaid", "ApplicationLinked", "OfferInvalidated", "FeeRefundOwed", "FeeRefunded")) {
            assertTrue(text.contains(type + " at "), type + " in " + text);
        }
        assertTrue(text.contains(" by employer:employer-of-" + EmployerPortal.BUSINESS_NUMBER), text);
        assertTrue(text.contains(" by system:offer-service"), text);
    }

    @Test
    void the_pack_of_an_approved_offer_shows_its_evidence_its_change_its_deadlines_met_and_open_and_its_inspection()
            throws Exception {
        String number = DecisionTopic.approvedOffer(APPROVED_ON);
        asEmployer().contentType(ContentType.JSON).body("{\"obligation\": \"RIGHTS_INFORMATION\", \"reference\": \"HR file 2026-118\","
                + " \"documentOn\": \"2026-09-01\", \"note\": \"Given in French\"}")
                .post("/offers/" + number + "/compliance-evidence").then().statusCode(200);
        asEmployer().contentType(ContentType.JSON).body("{\"effectiveOn\": \"2027-01-01\", \"wage\": {\"amount\": 52.00, \"unit\": \"HOUR\"},"
                + " \"documents\": [\"Amended agreement 2026-12-15\"]}")
                .post("/offers/" + number + "/employment-changes").then().statusCode(200);
        String inspection = asEmployer().contentType(ContentType.JSON).body("{\"offerNumbers\": [\"" + number + "\"], \"noticeOn\": \""
                        + TODAY.minusDays(60) + "\", \"documentsDueOn\": \"" + TODAY.minusDays(30) + "\"}")
                .post("/employers/" + EmployerPortal.BUSINESS_NUMBER + "/inspections").then().statusCode(201)
                .extract().path("inspectionId");
        DeadlineScheduled notes = new DeadlineScheduled(UUID.randomUUID(), number, number + "-1", "GCMS_RESPONSE",
                LocalDate.parse("2026-06-20"), LocalDate.parse("2026-07-20"), "30 days from the request, as counted by deadline-service",
                "a source", List.of(), UUID.randomUUID(), new DeadlinePolicy("2026-11-28", null));
        DeadlineScheduled expiry = new DeadlineScheduled(UUID.randomUUID(), number, number + "-1", "WORK_PERMIT_EXPIRY",
                LocalDate.parse("2028-08-31"), LocalDate.parse("2028-08-31"), "the permit's last day of validity",
                "a source", List.of(), UUID.randomUUID(), new DeadlinePolicy("2026-11-28", null));
        DeadlineTopic.publish(notes);
        DeadlineTopic.publish(expiry);
        DeadlineTopic.publish(new DeadlineMet(notes.deadlineId(), number, LocalDate.parse("2026-07-10"), "GCMS notes received"));

        String text = await().atMost(WITHIN).until(() -> text(asEmployer().get("/offers/" + number + "/inspection-pack").then()
                .statusCode(200).extract().asByteArray()).replace("\r", "").replace("\n", " "),
                pack -> pack.contains("met on 2026-07-10"));

        assertTrue(text.contains("Information about the worker's rights in Canada"), text);
        assertTrue(text.contains("(R209.2(1)(a)): DONE, due on 2026-09-01 (the planned first day of work). Evidence: HR file"
                + " 2026-118, dated 2026-09-01 (Given in French)"), text);
        assertTrue(text.contains("(R209.11(1)(e)): OVERDUE, due on 2026-06-16"), text);
        assertTrue(text.contains("From 2027-01-01: wage 48.50 CAD per hour -> 52.00 CAD per hour. Documents: Amended agreement"
                + " 2026-12-15"), text);
        assertTrue(text.contains("GCMS_RESPONSE: due on 2026-07-20, met on 2026-07-10 (GCMS notes received). Basis: 30 days from"
                + " the request, as counted by deadline-service"), text);
        assertTrue(text.contains("WORK_PERMIT_EXPIRY: due on 2028-08-31, OPEN. Basis: the permit's last day of validity"), text);
        assertTrue(text.contains("Inspection " + inspection + ": notice of " + TODAY.minusDays(60) + ", documents due on "
                + TODAY.minusDays(30) + "; no determination yet"), text);
        for (String type : List.of("ComplianceEvidenceRecorded", "EmploymentChanged")) {
            assertTrue(text.contains(type + " at "), type + " in " + text);
        }
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
