package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.Topics;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.offerservice.EmployerPortal;

/** /employers/{bn}/inspections: an employer's inspections, from the notice to the payment of the penalty, and their bad input. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class InspectionApiTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String EMPLOYER = EmployerPortal.BUSINESS_NUMBER;
    private static final String INSPECTIONS = "/employers/" + EMPLOYER + "/inspections";
    /** The service's today is the day in its zone (imp.time-zone), which the dates sent are checked against. */
    private static final ZoneId CANADA = ZoneId.of("America/Toronto");
    private static final LocalDate TODAY = LocalDate.now(CANADA);
    private static final LocalDate NOTICE_ON = TODAY.minusDays(60);
    private static final LocalDate FINDING_SENT_ON = TODAY.minusDays(30);
    private static final LocalDate DETERMINED_ON = TODAY.minusDays(10);

    @Inject
    EventStore store;

    private static String notice(String... offers) {
        return "{\"offerNumbers\": [" + String.join(", ", List.of(offers).stream().map(o -> "\"" + o + "\"").toList()) + "],"
                + " \"noticeOn\": \"" + NOTICE_ON + "\", \"documentsDueOn\": \"" + NOTICE_ON.plusDays(30) + "\"}";
    }

    private static Response post(String path, String body) {
        return asEmployer().contentType(ContentType.JSON).body(body).post(path);
    }

    private static String inspection() {
        return post(INSPECTIONS, notice(EmployerPortal.submitOffer())).then().statusCode(201).extract().path("inspectionId");
    }

    private long events(String inspectionId, String type) {
        return store.load(inspectionId).await().atMost(WITHIN).stream().map(RecordedEvent::type).filter(type::equals).count();
    }

    @Test
    void an_employer_records_an_inspection_from_its_notice_to_the_payment_of_its_penalty() {
        String offer = EmployerPortal.submitOffer();
        Response created = post(INSPECTIONS, notice(offer));
        created.then().statusCode(201)
                .header("Location", containsString(INSPECTIONS + "/"))
                .body("businessNumber", equalTo(EMPLOYER))
                .body("offerNumbers", equalTo(List.of(offer)))
                .body("noticeOn", equalTo(NOTICE_ON.toString()))
                .body("documentsDueOn", equalTo(NOTICE_ON.plusDays(30).toString()))
                .body("preliminaryFinding", nullValue());
        String id = created.path("inspectionId");
        String at = INSPECTIONS + "/" + id;

        post(at + "/preliminary-finding", "{\"sentOn\": \"" + FINDING_SENT_ON + "\"}").then().statusCode(200)
                .body("preliminaryFinding.sentOn", equalTo(FINDING_SENT_ON.toString()));
        post(at + "/preliminary-finding-response", "{\"respondedOn\": \"" + FINDING_SENT_ON.plusDays(5) + "\", \"reference\": \"HR-2026-117\"}")
                .then().statusCode(200)
                .body("preliminaryFinding.respondedOn", equalTo(FINDING_SENT_ON.plusDays(5).toString()))
                .body("preliminaryFinding.responseReference", equalTo("HR-2026-117"));
        post(at + "/determination", "{\"outcome\": \"AMP\", \"penalty\": {\"amount\": 5000, \"currency\": \"CAD\"}, \"sentOn\": \""
                + DETERMINED_ON + "\"}").then().statusCode(200)
                .body("determination.outcome", equalTo("AMP"))
                .body("determination.penalty.amount", equalTo(5000))
                .body("determination.violations", equalTo(1))
                .body("determination.sentOn", equalTo(DETERMINED_ON.toString()));
        post(at + "/penalty-payment", "{\"amount\": 5000.00, \"currency\": \"CAD\", \"paidOn\": \"" + TODAY + "\"}").then().statusCode(200)
                .body("payment.paid.amount", equalTo(5000.0f))
                .body("payment.paidOn", equalTo(TODAY.toString()));

        asEmployer().get(at).then().statusCode(200).body("inspectionId", equalTo(id)).body("payment.paidOn", equalTo(TODAY.toString()));
        asEmployer().get(INSPECTIONS).then().statusCode(200).body("items.inspectionId", hasItem(id));
    }

    @Test
    void an_inspection_s_events_are_published_keyed_by_its_id() {
        String id = inspection();
        var kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());

        var records = kafka.readUntil(Topics.OFFERS, read -> read.stream().anyMatch(r -> r.key().equals(id)), WITHIN);

        var noticed = records.stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow();
        assertEquals("InspectionNoticed", TopicClient.eventType(noticed));
    }

    @Test
    void an_inspection_covers_only_the_employers_offers() {
        String othersOffer = given().auth().oauth2(TestCallers.employer("987654321")).contentType(ContentType.JSON)
                .body(EmployerPortal.OFFER.replace(EMPLOYER, "987654321")).post("/offers").then().statusCode(201)
                .extract().path("offerNumber");

        post(INSPECTIONS, notice(EmployerPortal.submitOffer(), othersOffer, "A0000000")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("inspection-covers-employers-offers"))
                .body("field", equalTo("offerNumbers"))
                .body("unknownOffers", equalTo(List.of(othersOffer, "A0000000")));
    }

    @Test
    void a_notice_without_offers_or_with_a_malformed_one_or_without_its_dates_is_refused_naming_the_field() {
        post(INSPECTIONS, "{\"offerNumbers\": [], \"noticeOn\": \"" + NOTICE_ON + "\", \"documentsDueOn\": \"" + NOTICE_ON + "\"}")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("offerNumbers"));
        post(INSPECTIONS, notice("B123")).then().statusCode(400).contentType("application/problem+json")
                .body("field", startsWith("offerNumbers"));
        post(INSPECTIONS, "{\"offerNumbers\": [\"A1234567\"], \"documentsDueOn\": \"" + NOTICE_ON + "\"}")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("noticeOn"));
        post(INSPECTIONS, "{\"offerNumbers\": [\"A1234567\"], \"noticeOn\": \"" + TODAY.plusDays(1) + "\", \"documentsDueOn\": \""
                + TODAY.plusDays(30) + "\"}").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("noticeOn"));
    }

    @Test
    void documents_due_before_the_notice_are_refused() {
        post(INSPECTIONS, "{\"offerNumbers\": [\"" + EmployerPortal.submitOffer() + "\"], \"noticeOn\": \"" + NOTICE_ON
                + "\", \"documentsDueOn\": \"" + NOTICE_ON.minusDays(1) + "\"}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("inspection-date-order"))
                .body("field", equalTo("documentsDueOn"));
    }

    @Test
    void another_employer_learns_nothing_of_an_inspection() {
        String id = inspection();
        var rival = given().auth().oauth2(TestCallers.employer("987654321"));

        rival.get(INSPECTIONS + "/" + id).then().statusCode(404).body("rule", equalTo("employer-not-found"));
        rival.get(INSPECTIONS).then().statusCode(404).body("rule", equalTo("employer-not-found"));
        given().auth().oauth2(TestCallers.employer("987654321")).get("/employers/987654321/inspections/" + id).then().statusCode(404)
                .body("rule", equalTo("inspection-not-found"));
    }

    @Test
    void an_unknown_or_malformed_inspection_id_is_not_found_or_refused() {
        asEmployer().get(INSPECTIONS + "/3f0c2a9e-8d4b-4c55-9a61-2b7f0d1e6c42").then().statusCode(404)
                .contentType("application/problem+json").body("rule", equalTo("inspection-not-found"));
        asEmployer().get(INSPECTIONS + "/I123").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void recording_the_same_preliminary_finding_again_answers_the_inspection_and_records_nothing() {
        String at = INSPECTIONS + "/" + inspection();
        post(at + "/preliminary-finding", "{\"sentOn\": \"" + FINDING_SENT_ON + "\"}").then().statusCode(200);

        post(at + "/preliminary-finding", "{\"sentOn\": \"" + FINDING_SENT_ON + "\"}").then().statusCode(200)
                .body("preliminaryFinding.sentOn", equalTo(FINDING_SENT_ON.toString()));
        post(at + "/preliminary-finding", "{\"sentOn\": \"" + FINDING_SENT_ON.plusDays(1) + "\"}").then().statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("inspection-step-already-recorded"))
                .body("sentOn", equalTo(FINDING_SENT_ON.toString()));
        assertEquals(1, events(at.substring(at.lastIndexOf('/') + 1), "PreliminaryFindingSent"));
    }

    @Test
    void a_response_needs_the_preliminary_finding_and_a_reference() {
        String at = INSPECTIONS + "/" + inspection();

        post(at + "/preliminary-finding-response", "{\"reference\": \"HR-1\"}").then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("inspection-step-missing"));
        post(at + "/preliminary-finding-response", "{}").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("reference"));
    }

    @Test
    void an_amp_outside_the_range_in_force_is_refused_with_the_range_and_its_source() {
        String at = INSPECTIONS + "/" + inspection();

        post(at + "/determination", "{\"outcome\": \"AMP\", \"penalty\": {\"amount\": 100000.01, \"currency\": \"CAD\"}, \"sentOn\": \""
                + DETERMINED_ON + "\"}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("amp-amount"))
                .body("field", equalTo("penalty.amount"))
                .body("maximumPerViolation", equalTo(100000))
                .body("source", startsWith("../shared/domain.md"));
        post(at + "/determination", "{\"outcome\": \"BAN\", \"sentOn\": \"" + DETERMINED_ON + "\"}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("determination-outcome"))
                .body("field", equalTo("banYears"));
        post(at + "/determination", "{\"outcome\": \"LENIENT\", \"sentOn\": \"" + DETERMINED_ON + "\"}").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void a_payment_other_than_the_penalty_or_without_one_is_refused() {
        String at = INSPECTIONS + "/" + inspection();
        String payment = "{\"amount\": 5000, \"currency\": \"CAD\"}";

        post(at + "/penalty-payment", payment).then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("no-penalty-owed"));
        post(at + "/determination", "{\"outcome\": \"AMP\", \"penalty\": {\"amount\": 6000, \"currency\": \"CAD\"}, \"sentOn\": \""
                + DETERMINED_ON + "\"}").then().statusCode(200);
        post(at + "/penalty-payment", payment).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("penalty-amount"))
                .body("field", equalTo("amount"));
    }
}
