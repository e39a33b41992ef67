package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;

/**
 * Record retention (IRPR 209.2(1)(b)): 6 years from the first day of employment; from the approval, provisional,
 * until offer-service announces the day, and then moved once, its timers planned again.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class RecordRetentionTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private final UpstreamEvents upstream = new UpstreamEvents();
    private final String employer = UpstreamEvents.aBusinessNumber();

    @Inject
    EventStore store;

    private RequestSpecification asEmployer() {
        return given().auth().oauth2(TestCallers.employer(employer));
    }

    private String approvedOn2March(String offer) {
        upstream.offerSubmitted(offer, employer, "Maple Robotics Inc.");
        upstream.approved(offer, LocalDate.parse("2026-03-02"), UUID.randomUUID());
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).get("/deadlines").then()
                .body("items.kind", hasItem("RECORD_RETENTION_ENDS")));
        return asEmployer().queryParam("offerNumber", offer).queryParam("kind", "RECORD_RETENTION_ENDS").get("/deadlines")
                .then().extract().path("items[0].deadlineId");
    }

    private long moves(String offer) {
        return store.load(offer).await().atMost(WITHIN).stream().map(RecordedEvent::type).filter("DeadlineMoved"::equals).count();
    }

    @Test
    void an_approval_starts_record_retention_from_the_approval_flagged_provisional() {
        String offer = UpstreamEvents.anOfferNumber();
        String deadline = approvedOn2March(offer);

        asEmployer().get("/deadlines/" + deadline).then().statusCode(200)
                .body("startsOn", equalTo("2026-03-02")).body("dueOn", equalTo("2032-03-02"))
                .body("provisional", equalTo(true))
                .body("source", org.hamcrest.Matchers.startsWith("IRPR s.209.2(1)(b)"))
                .body("basis", org.hamcrest.Matchers.containsString("provisional"));
    }

    @Test
    void the_first_day_of_employment_moves_retention_once_and_its_timers_follow_however_often_it_is_delivered() {
        String offer = UpstreamEvents.anOfferNumber();
        String deadline = approvedOn2March(offer);
        UUID started = UUID.randomUUID();

        upstream.employmentStarted(offer, LocalDate.parse("2026-04-15"), started);
        upstream.employmentStarted(offer, LocalDate.parse("2026-04-15"), started);
        // the same day announced again under another event id still finds nothing provisional left to move
        upstream.employmentStarted(offer, LocalDate.parse("2026-04-15"), UUID.randomUUID());

        String elapse = LocalDate.parse("2032-04-16").atStartOfDay(ZoneId.of("America/Toronto")).toInstant().toString();
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline + "/timers").then()
                .body("items.find { it.kind == 'ELAPSE' }.firesAt", equalTo(elapse)));
        asEmployer().get("/deadlines/" + deadline).then()
                .body("startsOn", equalTo("2026-04-15")).body("dueOn", equalTo("2032-04-15"))
                .body("provisional", equalTo(false))
                .body("basis", org.hamcrest.Matchers.startsWith("End of the employer's record retention period: 6 years after"
                        + " the first day of employment, 2026-04-15"));
        asEmployer().get("/deadlines/" + deadline + "/timers").then()
                .body("items.state", everyItem(equalTo("PENDING")))
                .body("items.size()", equalTo(4));
        asEmployer().queryParam("offerNumber", offer).queryParam("kind", "RECORD_RETENTION_ENDS").get("/deadlines").then()
                .body("total", equalTo(1));
        await().during(Duration.ofSeconds(2)).atMost(WITHIN).until(() -> moves(offer) == 1);
    }
}
