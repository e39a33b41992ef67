package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;

/** An employer's deadlines, found through offer-service's OfferSubmitted events, as a list and as a calendar feed. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class EmployerDeadlinesTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private final TopicClient kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());

    private static String anOfferNumber() {
        return "A%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String aBusinessNumber() {
        return "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    /** As offer-service publishes it; this service reads only the employer from the terms. */
    private void submitted(String offer, String businessNumber, String legalName) {
        UUID eventId = UUID.randomUUID();
        kafka.send(Topics.OFFERS, offer, """
                {"offerNumber": "%s", "terms": {"employer": {"businessNumber": "%s", "legalName": "%s"}},
                 "feeDue": 230.00, "currency": "CAD", "replaces": null}""".formatted(offer, businessNumber, legalName),
                new EventEnvelope(eventId, "OfferSubmitted", "/offer-service", offer, Instant.now(), 1, eventId, null));
    }

    private void refused(String offer) throws Exception {
        UUID eventId = UUID.randomUUID();
        kafka.send(Topics.DECISIONS, offer, EventJson.mapper().writeValueAsString(new DecisionRendered(offer + "-1", offer,
                        DecisionOutcome.REFUSED, LocalDate.parse("2026-06-16"), LocalDate.parse("2026-06-16"),
                        ApplicantLocation.INSIDE_CANADA, List.of("NOT_TEMPORARY"))),
                new EventEnvelope(eventId, "DecisionRendered", "/decision-service", offer, Instant.now(), 1, eventId, null));
    }

    private static Calendar calendarOf(String businessNumber) throws Exception {
        String ics = given().get("/employers/" + businessNumber + "/deadlines.ics").then()
                .statusCode(200).contentType(containsString("text/calendar"))
                .extract().asString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void an_employers_open_deadlines_are_listed_and_served_as_a_calendar_with_reminders() throws Exception {
        String employer = aBusinessNumber();
        String offer = anOfferNumber();
        String otherEmployersOffer = anOfferNumber();
        // the decision may reach this service before the offer it decides
        refused(offer);
        refused(otherEmployersOffer);
        submitted(offer, employer, "Maple Robotics Inc.");
        submitted(otherEmployersOffer, aBusinessNumber(), "Other Co.");

        await().atMost(WITHIN).untilAsserted(() -> given().queryParam("employer", employer).get("/deadlines").then()
                .statusCode(200).body("total", greaterThan(0)).body("items.offerNumber", everyItem(equalTo(offer))));
        int open = given().queryParam("employer", employer).queryParam("status", "OPEN").get("/deadlines")
                .then().extract().path("total");

        Calendar calendar = calendarOf(employer);
        calendar.validate();
        assertTrue(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue().contains("Maple Robotics Inc."));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(open, events.size(), "one event per open deadline");
        VEvent leave = events.stream().filter(e -> e.getSummary().orElseThrow().getValue().startsWith("Application for leave"))
                .findFirst().orElseThrow();
        assertEquals("20260702", leave.getStartDate().orElseThrow().getValue());
        assertEquals(3, leave.getAlarms().size(), "reminders 7, 3 and 1 days before");
        assertTrue(events.stream().allMatch(e -> e.getSummary().orElseThrow().getValue().contains(offer)));

        String leaveId = given().queryParam("employer", employer).queryParam("kind", "JUDICIAL_REVIEW_LEAVE").get("/deadlines")
                .then().extract().path("items[0].deadlineId");
        given().contentType("application/json").body("{\"note\": \"filed\"}").post("/deadlines/" + leaveId + "/met")
                .then().statusCode(200);
        await().atMost(WITHIN).untilAsserted(() -> assertEquals(open - 1, calendarOf(employer).getComponents("VEVENT").size(),
                "a met deadline leaves the calendar"));
        assertFalse(calendarOf(employer).<VEvent>getComponents("VEVENT").stream()
                .anyMatch(e -> e.getSummary().orElseThrow().getValue().startsWith("Application for leave")));
    }

    @Test
    void an_employer_without_deadlines_gets_an_empty_calendar() throws Exception {
        assertEquals(0, calendarOf(aBusinessNumber()).getComponents("VEVENT").size());
    }

    @Test
    void a_malformed_business_number_is_a_problem_naming_it() {
        given().get("/employers/12345/deadlines.ics").then()
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("businessNumber")).body("rule", equalTo("pattern"));
        given().queryParam("employer", "BN-1").get("/deadlines").then()
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("employer")).body("rule", equalTo("pattern"));
    }
}
