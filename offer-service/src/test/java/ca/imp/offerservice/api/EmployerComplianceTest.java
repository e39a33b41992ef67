package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.DecisionTopic;
import ca.imp.offerservice.EmployerPortal;

/**
 * GET /employers/{bn}/compliance: the employer's active workers' offers with what is missing or overdue and the permits
 * ending soon, and its open inspections, most urgent first.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class EmployerComplianceTest {
    private static final String OVERVIEW = "/employers/" + EmployerPortal.BUSINESS_NUMBER + "/compliance";
    /** The service's today is the day in its zone (imp.time-zone). */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Toronto"));
    private static final LocalDate APPROVED_ON = LocalDate.parse("2026-06-16");

    private static void evidence(String number, String obligation) {
        asEmployer().contentType(ContentType.JSON).body("{\"obligation\": \"" + obligation + "\", \"reference\": \"HR file 7\","
                + " \"documentOn\": \"2026-05-01\"}").post("/offers/" + number + "/compliance-evidence").then().statusCode(200);
    }

    private static String inspectionOf(String offer) {
        return asEmployer().contentType(ContentType.JSON).body("{\"offerNumbers\": [\"" + offer + "\"], \"noticeOn\": \""
                        + TODAY.minusDays(5) + "\", \"documentsDueOn\": \"" + TODAY.plusDays(10) + "\"}")
                .post("/employers/" + EmployerPortal.BUSINESS_NUMBER + "/inspections").then().statusCode(201)
                .extract().path("inspectionId");
    }

    private static JsonPath overview() {
        return asEmployer().get(OVERVIEW + "?size=200").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void an_approved_offer_shows_its_permit_s_last_day() {
        String number = DecisionTopic.approvedOffer(APPROVED_ON, TODAY.plusDays(60));

        asEmployer().get("/offers/" + number).then().body("permitExpiresOn", equalTo(TODAY.plusDays(60).toString()));
        asEmployer().get("/employers/" + EmployerPortal.BUSINESS_NUMBER + "/offers?status=APPROVED&size=200").then()
                .body("items.find { it.offerNumber == '" + number + "' }.permitExpiresOn", equalTo(TODAY.plusDays(60).toString()));
    }

    @Test
    void an_active_worker_s_offer_lists_what_is_overdue_and_its_permit_ending_and_an_open_inspection_its_next_day() {
        String number = DecisionTopic.approvedOffer(APPROVED_ON, TODAY.plusDays(60));
        evidence(number, "NO_FEE_RECOVERED");
        evidence(number, "SIGNED_EMPLOYMENT_AGREEMENT");
        String inspection = inspectionOf(number);

        JsonPath overview = overview();
        Map<String, Object> offer = overview.getMap("items.find { it.offerNumber == '" + number + "' }");
        assertEquals(true, offer.get("overdue"));
        assertEquals("2026-09-01", offer.get("dueOn"), "the first day of work the offer planned, when the rights were due");
        assertEquals(TODAY.plusDays(60).toString(), offer.get("permitExpiresOn"));
        String reasons = "items.find { it.offerNumber == '" + number + "' }.reasons";
        assertEquals(List.of("OBLIGATION_OVERDUE", "PERMIT_EXPIRING"), overview.getList(reasons + ".reason"));
        assertEquals("RIGHTS_INFORMATION", overview.getString(reasons + "[0].obligation"));
        Map<String, Object> open = overview.getMap("items.find { it.inspectionId == '" + inspection + "' }");
        assertEquals(false, open.get("overdue"));
        assertEquals(TODAY.plusDays(10).toString(), open.get("dueOn"));
        assertEquals("INSPECTION_DOCUMENTS_DUE", overview.getString("items.find { it.inspectionId == '" + inspection
                + "' }.reasons[0].reason"));
        List<String> subjects = overview.getList("items.collect { it.offerNumber ?: it.inspectionId }");
        assertTrue(subjects.indexOf(number) < subjects.indexOf(inspection), "the overdue offer comes before the inspection");
    }

    @Test
    void the_list_is_overdue_first_the_oldest_first_then_by_the_next_day() {
        DecisionTopic.approvedOffer(APPROVED_ON, TODAY.plusDays(200));
        inspectionOf(EmployerPortal.submitOffer());

        List<Map<String, Object>> items = overview().getList("items");
        List<Map<String, Object>> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((Map<String, Object> item) -> !(Boolean) item.get("overdue"))
                .thenComparing(item -> (String) item.get("dueOn"), Comparator.nullsLast(Comparator.naturalOrder())));
        assertEquals(sorted.stream().map(item -> List.of(item.get("overdue"), String.valueOf(item.get("dueOn")))).toList(),
                items.stream().map(item -> List.of(item.get("overdue"), String.valueOf(item.get("dueOn")))).toList());
    }

    @Test
    void a_permit_that_ended_is_no_active_worker_s_and_a_decided_inspection_is_not_open() {
        String ended = DecisionTopic.approvedOffer(APPROVED_ON, TODAY.minusDays(1));
        String inspection = inspectionOf(EmployerPortal.submitOffer());
        asEmployer().contentType(ContentType.JSON).body("{\"outcome\": \"COMPLIANT\", \"sentOn\": \"" + TODAY + "\"}")
                .post("/employers/" + EmployerPortal.BUSINESS_NUMBER + "/inspections/" + inspection + "/determination")
                .then().statusCode(200);

        asEmployer().get(OVERVIEW + "?size=200").then().statusCode(200)
                .body("items.offerNumber", not(hasItems(ended)))
                .body("items.inspectionId", not(hasItems(inspection)));
    }

    @Test
    void another_employer_does_not_learn_of_the_employer_and_sees_none_of_its_entries() {
        String number = DecisionTopic.approvedOffer(APPROVED_ON, TODAY.plusDays(60));

        given().auth().oauth2(TestCallers.employer("987654321")).get(OVERVIEW).then().statusCode(404)
                .contentType("application/problem+json").body("rule", equalTo("employer-not-found"));
        given().auth().oauth2(TestCallers.employer("987654321")).get("/employers/987654321/compliance").then().statusCode(200)
                .body("items.offerNumber", not(hasItems(number)));
        given().auth().oauth2(TestCallers.representative(EmployerPortal.BUSINESS_NUMBER)).get(OVERVIEW + "?size=200").then()
                .statusCode(200).body("items.find { it.offerNumber == '" + number + "' }.offerNumber", equalTo(number));
    }

    @Test
    void a_business_number_that_is_not_9_digits_and_a_page_too_large_are_bad_requests_naming_the_field() {
        asEmployer().get("/employers/12345/compliance").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("businessNumber"));
        asEmployer().get(OVERVIEW + "?size=201").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("size"));
        asEmployer().get(OVERVIEW + "?size=1").then().statusCode(200).body("size", equalTo(1)).body("page", equalTo(0))
                .body("items[1]", nullValue());
    }
}
