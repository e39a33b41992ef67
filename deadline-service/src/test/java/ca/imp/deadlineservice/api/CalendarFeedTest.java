package ca.imp.deadlineservice.api;

import static ca.imp.deadlineservice.calendar.StrictValidation.assertStrictlyValid;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import ca.imp.accesstesting.TestCallers;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.deadlineservice.calendar.FeedSecret;
import ca.imp.embedded.LocalStackTestResource;

/**
 * An employer's open deadlines for calendar applications, which cannot send a bearer token: each
 * employer opens secret, revocable feed addresses, and the secret is the credential.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class CalendarFeedTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private final UpstreamEvents upstream = new UpstreamEvents();
    private final String employer = UpstreamEvents.aBusinessNumber();

    @Inject
    Pool pool;

    private RequestSpecification asEmployer() {
        return given().auth().oauth2(TestCallers.employer(employer));
    }

    /** Opens a feed of the employer; returns its address, shown only here. */
    private String openFeed() {
        Response opened = asEmployer().post("/employers/" + employer + "/calendar-feeds");
        opened.then().statusCode(201).body("feedId", notNullValue()).body("createdBy", equalTo("employer:employer-of-" + employer));
        String url = opened.path("url");
        assertEquals(url, opened.header("Location"));
        return URI.create(url).getPath();
    }

    /** As a calendar application fetches it: no token. */
    private static Calendar calendarAt(String feed) throws Exception {
        String ics = given().get(feed).then()
                .statusCode(200).contentType(containsString("text/calendar"))
                .extract().asString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void an_employers_open_deadlines_are_served_at_its_secret_feed_with_reminders() throws Exception {
        String offer = UpstreamEvents.anOfferNumber();
        String otherEmployersOffer = UpstreamEvents.anOfferNumber();
        // the decision may reach this service before the offer it decides
        upstream.refusedOn16June(offer);
        upstream.refusedOn16June(otherEmployersOffer);
        upstream.offerSubmitted(offer, employer, "Maple Robotics Inc.");
        upstream.offerSubmitted(otherEmployersOffer, UpstreamEvents.aBusinessNumber(), "Other Co.");
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines").then()
                .statusCode(200).body("total", greaterThan(0)));
        int open = asEmployer().queryParam("status", "OPEN").get("/deadlines").then().extract().path("total");
        String feed = openFeed();

        String ics = given().get(feed).asString();
        UpstreamEvents.CONTACT.forEach(personal -> assertFalse(ics.contains(personal), "no personal data in a calendar"));
        Calendar calendar = calendarAt(feed);
        assertStrictlyValid(calendar);
        assertTrue(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue().contains("Maple Robotics Inc."));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(open, events.size(), "one event per open deadline");
        VEvent leave = events.stream().filter(e -> e.getSummary().orElseThrow().getValue().startsWith("Application for leave"))
                .findFirst().orElseThrow();
        assertEquals("20260702", leave.getStartDate().orElseThrow().getValue());
        assertEquals(3, leave.getAlarms().size(), "reminders 7, 3 and 1 days before");
        assertTrue(events.stream().allMatch(e -> e.getSummary().orElseThrow().getValue().contains(offer)));

        String leaveId = asEmployer().queryParam("kind", "JUDICIAL_REVIEW_LEAVE").get("/deadlines")
                .then().extract().path("items[0].deadlineId");
        asEmployer().contentType("application/json").body("{\"note\": \"filed\"}").post("/deadlines/" + leaveId + "/met")
                .then().statusCode(200);
        await().atMost(WITHIN).untilAsserted(() -> assertEquals(open - 1, calendarAt(feed).getComponents("VEVENT").size(),
                "a met deadline leaves the calendar"));
        assertFalse(calendarAt(feed).<VEvent>getComponents("VEVENT").stream()
                .anyMatch(e -> e.getSummary().orElseThrow().getValue().startsWith("Application for leave")));
    }

    @Test
    void an_employer_without_deadlines_gets_a_valid_calendar_without_events() throws Exception {
        Calendar calendar = calendarAt(openFeed());

        assertStrictlyValid(calendar);
        assertEquals(0, calendar.getComponents("VEVENT").size());
    }

    @Test
    void a_feed_works_without_a_token_is_listed_without_its_address_and_stops_once_revoked_however_often() throws Exception {
        String feed = openFeed();
        String secret = feed.split("/")[2];
        calendarAt(feed);

        Response listed = asEmployer().get("/employers/" + employer + "/calendar-feeds");
        listed.then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].createdBy", equalTo("employer:employer-of-" + employer))
                .body("items[0].createdAt", notNullValue())
                .body("items[0].lastUsedAt", notNullValue());
        assertFalse(listed.asString().contains(secret), "a listed feed never shows its address");
        String feedId = listed.path("items[0].feedId");

        asEmployer().delete("/employers/" + employer + "/calendar-feeds/" + feedId).then().statusCode(204);

        Response revoked = given().get(feed);
        revoked.then().statusCode(404).contentType("application/problem+json").body("rule", equalTo("calendar-feed-not-found"));
        assertEquals(given().get("/calendar-feeds/" + FeedSecret.random().value() + "/deadlines.ics").asString(), revoked.asString(),
                "a revoked feed answers like one that never existed");
        assertFalse(revoked.asString().contains(secret));
        asEmployer().get("/employers/" + employer + "/calendar-feeds").then().body("items.feedId", not(hasItem(feedId)));
        asEmployer().delete("/employers/" + employer + "/calendar-feeds/" + feedId).then().statusCode(204);
        given().get(feed).then().statusCode(404);
        asEmployer().delete("/employers/" + employer + "/calendar-feeds/" + UUID.randomUUID()).then().statusCode(404)
                .body("rule", equalTo("calendar-feed-not-found"));
    }

    @Test
    void a_feeds_secret_is_stored_only_as_its_sha_256() throws Exception {
        String secret = openFeed().split("/")[2];
        String feedId = asEmployer().get("/employers/" + employer + "/calendar-feeds").then().extract().path("items[0].feedId");

        Row row = pool.preparedQuery("SELECT * FROM calendar_feeds WHERE feed_id = $1").execute(Tuple.of(UUID.fromString(feedId)))
                .await().atMost(WITHIN).iterator().next();
        for (int column = 0; column < row.size(); column++) {
            assertFalse(String.valueOf(row.getValue(column)).contains(secret), "column " + row.getColumnName(column));
        }
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII))),
                row.getString("secret_sha256"));
    }

    @Test
    void another_employers_feeds_are_an_unknown_employer_and_cannot_be_revoked() throws Exception {
        String feed = openFeed();
        String feedId = asEmployer().get("/employers/" + employer + "/calendar-feeds").then().extract().path("items[0].feedId");
        String other = UpstreamEvents.aBusinessNumber();

        given().auth().oauth2(TestCallers.employer(other)).post("/employers/" + employer + "/calendar-feeds").then().statusCode(404)
                .body("rule", equalTo("employer-not-found"));
        given().auth().oauth2(TestCallers.employer(other)).get("/employers/" + employer + "/calendar-feeds").then().statusCode(404)
                .body("rule", equalTo("employer-not-found"));
        given().auth().oauth2(TestCallers.employer(other)).delete("/employers/" + employer + "/calendar-feeds/" + feedId).then().statusCode(404)
                .body("rule", equalTo("employer-not-found"));
        given().auth().oauth2(TestCallers.employer(other)).delete("/employers/" + other + "/calendar-feeds/" + feedId).then().statusCode(404)
                .body("rule", equalTo("calendar-feed-not-found"));
        calendarAt(feed);
    }

    @Test
    void the_guessable_calendar_address_is_gone_and_a_malformed_business_number_is_a_problem_naming_it() {
        given().get("/employers/" + employer + "/deadlines.ics").then().statusCode(404);
        asEmployer().post("/employers/12345/calendar-feeds").then()
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("businessNumber")).body("rule", equalTo("pattern"));
    }
}
